import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Writes the sources of scenario 4 and 5 (many event types, one handler per type and contender) at
 * build time, so the repository holds this generator instead of a thousand near-identical files.
 *
 * <p>Run as a single-file program by exec-maven-plugin: {@code java ScaleSources.java <dir> <count>}.
 * Output is deterministic and only rewritten when it changes, which keeps incremental builds quiet.
 */
public final class ScaleSources {

  private static final String BASE = "dev.herald.benchmarks.scale";

  private final Path root;
  private final int count;

  private ScaleSources(Path root, int count) {
    this.root = root;
    this.count = count;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java ScaleSources.java <output directory> <number of event types>");
    }
    int count = Integer.parseInt(args[1]);
    if (count < 2 || count > 999) {
      throw new IllegalArgumentException("number of event types must be 2..999, was " + count);
    }
    new ScaleSources(Path.of(args[0]), count).writeAll();
  }

  private void writeAll() throws IOException {
    writeEvents();
    writeHandlers("herald", "Herald", "import dev.herald.Handles;\nimport jakarta.inject.Inject;\n",
        "@Inject\n  ", "@Handles", "Herald's processor generates their dispatch table and Dagger module.");
    writeHandlers("guava", "Guava", "import com.google.common.eventbus.Subscribe;\n",
        "", "@Subscribe", "registered with a Guava EventBus.");
    writeHandlers("greenrobot", "Greenrobot", "import org.greenrobot.eventbus.Subscribe;\n",
        "", "@Subscribe", "registered with a greenrobot EventBus (found through its generated index).");
    writeHandlers("spring", "Spring", "import org.springframework.context.event.EventListener;\n",
        "", "@EventListener", "registered as beans of a Spring application context.");
    writeHandlers("axon", "Axon", "import org.axonframework.eventhandling.EventHandler;\n",
        "", "@EventHandler", "subscribed to an Axon SimpleEventBus through a subscribing processor.");
  }

  private void writeEvents() throws IOException {
    for (int i = 0; i < count; i++) {
      write(BASE, eventName(i), "package " + BASE + ";\n\n"
          + "import dev.herald.DomainEvent;\n\n"
          + "/** Event type " + i + " of the large table: the same shape as the other scenarios' event. */\n"
          + "@DomainEvent\n"
          + "public record " + eventName(i) + "(String orderId, String customerId, long totalCents) {}\n");
    }
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < count; i++) {
      all.append("        new ").append(eventName(i)).append("(\"order-").append(i)
          .append("\", \"customer-").append(i).append("\", ").append(100 + i).append("L)")
          .append(i + 1 < count ? ",\n" : "\n");
    }
    write(BASE, "ScaleEvents", "package " + BASE + ";\n\n"
        + "/** One instance of every event type of the large table, in type order. */\n"
        + "public final class ScaleEvents {\n\n"
        + "  /** How many event types the table has. */\n"
        + "  public static final int COUNT = " + count + ";\n\n"
        + "  private ScaleEvents() {}\n\n"
        + "  /** A new array holding one event of each type; index i holds type i. */\n"
        + "  public static Object[] all() {\n"
        + "    return new Object[] {\n" + all + "    };\n"
        + "  }\n"
        + "}\n");
    write(BASE, "package-info", "/** Generated: the event types of the large-table scenario. */\npackage " + BASE + ";\n");
  }

  private void writeHandlers(String pkgSuffix, String prefix, String imports, String constructorAnnotation,
      String methodAnnotation, String purpose) throws IOException {
    String pkg = BASE + "." + pkgSuffix;
    IntFunction<String> handler = i -> prefix + "Handler" + pad(i);
    for (int i = 0; i < count; i++) {
      write(pkg, handler.apply(i), "package " + pkg + ";\n\n"
          + "import " + BASE + "." + eventName(i) + ";\n"
          + "import dev.herald.benchmarks.Tally;\n"
          + imports + "\n"
          + "/** Handler of event type " + i + ", " + purpose + " */\n"
          + "public final class " + handler.apply(i) + " {\n\n"
          + "  private final Tally tally;\n\n"
          + "  " + constructorAnnotation + "public " + handler.apply(i) + "(Tally tally) {\n"
          + "    this.tally = tally;\n"
          + "  }\n\n"
          + "  " + methodAnnotation + "\n"
          + "  public void on(" + eventName(i) + " event) {\n"
          + "    tally.sum += event.totalCents();\n"
          + "  }\n"
          + "}\n");
    }
    StringBuilder creations = new StringBuilder();
    StringBuilder types = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String sep = i + 1 < count ? ",\n" : "\n";
      creations.append("        new ").append(handler.apply(i)).append("(tally)").append(sep);
      types.append("        ").append(handler.apply(i)).append(".class").append(sep);
    }
    String extraImports = prefix.equals("Herald")
        ? "import dev.herald.benchmarks.FixedProvider;\nimport dev.herald.benchmarks.scale.ScaleHandlerTable;\n"
        : "";
    write(pkg, prefix + "ScaleHandlers", "package " + pkg + ";\n\n"
        + extraImports
        + "import dev.herald.benchmarks.Tally;\n"
        + "import java.util.List;\n\n"
        + "/** Every " + prefix + " handler of the large table, in type order. */\n"
        + "public final class " + prefix + "ScaleHandlers {\n\n"
        + "  private " + prefix + "ScaleHandlers() {}\n\n"
        + "  /** A new handler of each type, all adding to {@code tally}. */\n"
        + "  public static List<Object> create(Tally tally) {\n"
        + "    return List.of(\n" + creations + "    );\n"
        + "  }\n\n"
        + "  /** The handler classes, for containers that create the handlers themselves. */\n"
        + "  public static Class<?>[] types() {\n"
        + "    return new Class<?>[] {\n" + types + "    };\n"
        + "  }\n"
        + (prefix.equals("Herald") ? heraldTableFactory(handler) : "")
        + "}\n");
    write(pkg, "package-info", "/** Generated: " + prefix + "'s handlers of the large-table scenario. */\npackage " + pkg + ";\n");
  }

  /**
   * A method building Herald's generated {@code ScaleHandlerTable} through its constructor, one
   * supplier per handler class in the processor's order (handler class names, sorted).
   */
  private String heraldTableFactory(IntFunction<String> handler) {
    StringBuilder suppliers = new StringBuilder();
    for (int i = 0; i < count; i++) {
      suppliers.append("        new FixedProvider<>(new ").append(handler.apply(i)).append("(tally))")
          .append(i + 1 < count ? ",\n" : "\n");
    }
    return "\n  /** Herald's generated table over a new handler of each type, built without Dagger. */\n"
        + "  public static ScaleHandlerTable table(Tally tally) {\n"
        + "    return new ScaleHandlerTable(\n" + suppliers + "    );\n"
        + "  }\n";
  }

  private static String eventName(int i) {
    return "OrderConfirmed" + pad(i);
  }

  private static String pad(int i) {
    return String.format("%03d", i);
  }

  private void write(String pkg, String simpleName, String source) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
