import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the sources of the application-size compilation at build time: the event types and
 * handler classes of a service-sized application, for every contender, so the repository holds this
 * generator instead of over a thousand near-identical files.
 *
 * <p>The compilation (package {@code dev.herald.benchmarks.app}) gets {@code <count>} table types
 * {@code OrderConfirmedNNN} with one handler each, plus the event types of the other scenarios:
 * one with one handler, one with five, one handled through an interface it implements, and the
 * three events of a unit of work with their aggregate. Herald generates ONE table for all of them
 * ({@code AppHandlerTable}), as it would for a real service.
 *
 * <p>Run as a single-file program by exec-maven-plugin: {@code java AppSources.java <dir> <count>}.
 * Output is deterministic and only rewritten when it changes, which keeps incremental builds quiet.
 */
public final class AppSources {

  private static final String BASE = "dev.herald.benchmarks.app";
  private static final String ORDER_FIELDS = "String orderId, String customerId, long totalCents";

  /** An event record of the compilation; {@code implemented} is an interface it implements, or "". */
  record Event(String name, String fields, String implemented, String doc) {}

  /** A handler class {@code <contender prefix><suffix>} with one method taking {@code eventType}. */
  record Handler(String suffix, String eventType) {}

  /** How one contender's handler classes are annotated and named. */
  record Contender(String pkg, String prefix, String imports, String constructorAnnotation,
      String methodAnnotation, String purpose) {}

  private static final List<Contender> CONTENDERS = List.of(
      new Contender("herald", "Herald", "import dev.herald.Handles;\nimport jakarta.inject.Inject;\n",
          "@Inject\n  ", "@Handles", "in Herald's generated table (AppHandlerTable) and Dagger module."),
      new Contender("guava", "Guava", "import com.google.common.eventbus.Subscribe;\n",
          "", "@Subscribe", "registered with a Guava EventBus."),
      new Contender("greenrobot", "Greenrobot", "import org.greenrobot.eventbus.Subscribe;\n",
          "", "@Subscribe", "registered with a greenrobot EventBus (found through its generated index)."),
      new Contender("spring", "Spring", "import org.springframework.context.event.EventListener;\n",
          "", "@EventListener", "a bean of a Spring application context."),
      new Contender("axon", "Axon", "import org.axonframework.eventhandling.EventHandler;\n",
          "", "@EventHandler", "subscribed to an Axon SimpleEventBus through a subscribing processor."));

  private final Path root;
  private final int count;
  private final List<Event> events = new ArrayList<>();
  private final List<Handler> handlers = new ArrayList<>();

  private AppSources(Path root, int count) {
    this.root = root;
    this.count = count;
    for (int i = 0; i < count; i++) {
      events.add(new Event(tableEvent(i), ORDER_FIELDS, "", "Table type " + i + " (one handler)"));
      handlers.add(new Handler("Handler" + pad(i), tableEvent(i)));
    }
    events.add(new Event("SingleOrderConfirmed", ORDER_FIELDS, "", "The event of the one-handler scenario"));
    handlers.add(new Handler("SingleKitchen", "SingleOrderConfirmed"));
    events.add(new Event("FanoutOrderConfirmed", ORDER_FIELDS, "", "The event of the five-handler scenario"));
    for (String name : List.of("Kitchen", "Billing", "Loyalty", "Analytics", "Courier")) {
      handlers.add(new Handler("Fanout" + name, "FanoutOrderConfirmed"));
    }
    events.add(new Event("LedgerOrderConfirmed", ORDER_FIELDS, "OrderEvent",
        "The event of the interface-handler scenario; its handler takes {@link OrderEvent}"));
    handlers.add(new Handler("Ledger", "OrderEvent"));
    events.add(new Event("OrderPlaced", ORDER_FIELDS, "", "Unit of work: the order placed"));
    events.add(new Event("PizzaAdded", "String orderId, String pizza, long totalCents", "",
        "Unit of work: a pizza added to the order"));
    events.add(new Event("OrderConfirmed", ORDER_FIELDS, "", "Unit of work: the order confirmed"));
    handlers.add(new Handler("OrderAnalytics", "OrderPlaced"));
    handlers.add(new Handler("OrderKitchen", "PizzaAdded"));
    handlers.add(new Handler("OrderBilling", "OrderConfirmed"));
    // The processor orders a table's handler classes by name; the constructor follows that order.
    handlers.sort(Comparator.comparing(Handler::suffix));
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: java AppSources.java <output directory> <number of table types>");
    }
    int count = Integer.parseInt(args[1]);
    if (count < 2 || count > 999) {
      throw new IllegalArgumentException("number of table types must be 2..999, was " + count);
    }
    new AppSources(Path.of(args[0]), count).writeAll();
  }

  private void writeAll() throws IOException {
    writeEvents();
    writeCatalogue();
    for (Contender contender : CONTENDERS) {
      writeHandlers(contender);
    }
    writeReferences();
  }

  private void writeEvents() throws IOException {
    for (Event event : events) {
      write(BASE, event.name(), "package " + BASE + ";\n\n"
          + "import dev.herald.DomainEvent;\n\n"
          + "/** " + event.doc() + ": the same three-field shape as every scenario's event. */\n"
          + "@DomainEvent\n"
          + "public record " + event.name() + "(" + event.fields() + ")"
          + (event.implemented().isEmpty() ? "" : " implements " + event.implemented()) + " {}\n");
    }
    write(BASE, "OrderEvent", "package " + BASE + ";\n\n"
        + "/** What the interface-handler scenario's event shares; its handler takes this interface. */\n"
        + "public sealed interface OrderEvent permits LedgerOrderConfirmed {\n\n"
        + "  String orderId();\n\n"
        + "  long totalCents();\n"
        + "}\n");
    write(BASE, "PizzaOrder", "package " + BASE + ";\n\n"
        + "import dev.herald.runtime.AggregateRoot;\n\n"
        + "/** An order aggregate that raises the three events of one business operation. */\n"
        + "public final class PizzaOrder extends AggregateRoot<String> {\n\n"
        + "  private final String id;\n\n"
        + "  public PizzaOrder(String id) {\n"
        + "    this.id = id;\n"
        + "  }\n\n"
        + "  @Override\n"
        + "  public String id() {\n"
        + "    return id;\n"
        + "  }\n\n"
        + "  /** Places, adds a pizza to and confirms the order: three events. */\n"
        + "  public void placeAndConfirm(String customerId, String pizza, long priceCents) {\n"
        + "    raise(new OrderPlaced(id, customerId, priceCents));\n"
        + "    raise(new PizzaAdded(id, pizza, priceCents));\n"
        + "    raise(new OrderConfirmed(id, customerId, priceCents));\n"
        + "  }\n"
        + "}\n");
    write(BASE, "package-info", "/**\n * Generated by src/build/java/AppSources.java: the application-size compilation (events, handlers\n"
        + " * of every contender); Herald generates one table for it, {@code AppHandlerTable}.\n */\npackage " + BASE + ";\n");
  }

  private void writeCatalogue() throws IOException {
    StringBuilder table = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < count; i++) {
      table.append("        new ").append(tableEvent(i)).append("(\"order-").append(i)
          .append("\", \"customer-").append(i).append("\", ").append(100 + i).append("L),\n");
    }
    for (Event event : events.subList(count, events.size())) {
      all.append("        ").append(lowerFirst(event.name())).append("(),\n");
    }
    write(BASE, "AppEvents", "package " + BASE + ";\n\n"
        + "/** One instance of every event type of the application-size compilation. */\n"
        + "public final class AppEvents {\n\n"
        + "  /** How many table types ({@code OrderConfirmedNNN}, one handler each) there are. */\n"
        + "  public static final int TABLE_TYPES = " + count + ";\n\n"
        + "  /** How many event types there are in all. */\n"
        + "  public static final int ALL_TYPES = " + events.size() + ";\n\n"
        + "  private AppEvents() {}\n\n"
        + "  /** A new array holding one event of each table type; index i holds type i. */\n"
        + "  public static Object[] tableTypes() {\n"
        + "    return new Object[] {\n" + table + "    };\n"
        + "  }\n\n"
        + "  /** A new array holding one event of every type: the table types, then the scenarios' events. */\n"
        + "  public static Object[] all() {\n"
        + "    Object[] table = tableTypes();\n"
        + "    Object[] scenarios = new Object[] {\n" + all + "    };\n"
        + "    Object[] all = java.util.Arrays.copyOf(table, table.length + scenarios.length);\n"
        + "    System.arraycopy(scenarios, 0, all, table.length, scenarios.length);\n"
        + "    return all;\n"
        + "  }\n\n"
        + sample("SingleOrderConfirmed", "\"order-1\", \"customer-7\", 1_000")
        + sample("FanoutOrderConfirmed", "\"order-2\", \"customer-7\", 2_000")
        + sample("LedgerOrderConfirmed", "\"order-3\", \"customer-7\", 3_000")
        + sample("OrderPlaced", "\"order-4\", \"customer-7\", 40")
        + sample("PizzaAdded", "\"order-4\", \"margherita\", 50")
        + sample("OrderConfirmed", "\"order-4\", \"customer-7\", 60")
        + "}\n");
  }

  private static String sample(String type, String arguments) {
    return "  /** A new {@link " + type + "}. */\n"
        + "  public static " + type + " " + lowerFirst(type) + "() {\n"
        + "    return new " + type + "(" + arguments + ");\n"
        + "  }\n\n";
  }

  private void writeHandlers(Contender contender) throws IOException {
    String pkg = BASE + "." + contender.pkg();
    Function<Handler, String> name = handler -> contender.prefix() + handler.suffix();
    for (Handler handler : handlers) {
      write(pkg, name.apply(handler), "package " + pkg + ";\n\n"
          + "import " + BASE + "." + handler.eventType() + ";\n"
          + "import dev.herald.benchmarks.Tally;\n"
          + contender.imports() + "\n"
          + "/** Handler of {@link " + handler.eventType() + "}, " + contender.purpose() + " */\n"
          + "public final class " + name.apply(handler) + " {\n\n"
          + "  private final Tally tally;\n\n"
          + "  " + contender.constructorAnnotation() + "public " + name.apply(handler) + "(Tally tally) {\n"
          + "    this.tally = tally;\n"
          + "  }\n\n"
          + "  " + contender.methodAnnotation() + "\n"
          + "  public void on(" + handler.eventType() + " event) {\n"
          + "    tally.sum += event.totalCents();\n"
          + "  }\n"
          + "}\n");
    }
    StringBuilder creations = new StringBuilder();
    StringBuilder types = new StringBuilder();
    StringBuilder providers = new StringBuilder();
    StringBuilder instances = new StringBuilder();
    for (int i = 0; i < handlers.size(); i++) {
      String sep = i + 1 < handlers.size() ? ",\n" : "\n";
      String handler = name.apply(handlers.get(i));
      creations.append("        new ").append(handler).append("(tally)").append(sep);
      types.append("      ").append(handler).append(".class").append(sep);
      providers.append("        new FixedProvider<>(new ").append(handler).append("(tally))").append(sep);
      instances.append("        (").append(handler).append(") handlers.get(").append(i).append(")").append(sep);
    }
    boolean herald = contender.prefix().equals("Herald");
    String catalogue = contender.prefix() + "AppHandlers";
    write(pkg, catalogue, "package " + pkg + ";\n\n"
        + (herald ? "import dev.herald.benchmarks.FixedProvider;\nimport " + BASE + ".AppHandlerTable;\n" : "")
        + "import dev.herald.benchmarks.Tally;\n"
        + "import java.util.List;\n\n"
        + "/** Every " + contender.prefix() + " handler of the application-size compilation, in name order. */\n"
        + "public final class " + catalogue + " {\n\n"
        + "  /** How many handler classes there are. */\n"
        + "  public static final int COUNT = " + handlers.size() + ";\n\n"
        + "  private " + catalogue + "() {}\n\n"
        + "  /** A new handler of each class, all adding to {@code tally}. */\n"
        + "  public static List<Object> create(Tally tally) {\n"
        + "    return List.of(\n" + creations + "    );\n"
        + "  }\n\n"
        + "  /** The handler classes, for containers that create the handlers themselves. */\n"
        + "  public static Class<?>[] types() {\n"
        + "    return new Class<?>[] {\n" + types + "    };\n"
        + "  }\n"
        + (herald
            ? "\n  /**\n   * Herald's generated table over a new handler of each class, built through its constructor\n"
                + "   * (one provider per handler class, in the processor's order: class names sorted).\n   */\n"
                + "  public static AppHandlerTable table(Tally tally) {\n"
                + "    return new AppHandlerTable(\n" + providers + "    );\n"
                + "  }\n\n"
                + "  /**\n   * Herald's generated table over handlers that already exist, as {@link #create} made them\n"
                + "   * (in its order), through the table's {@code of(...)}: how an application without Dagger\n"
                + "   * builds it from its own objects.\n   */\n"
                + "  public static AppHandlerTable table(List<?> handlers) {\n"
                + "    return AppHandlerTable.of(\n" + instances + "    );\n"
                + "  }\n"
            : "")
        + "}\n");
    write(pkg, "package-info", "/** Generated: " + contender.prefix()
        + "'s handlers of the application-size compilation. */\npackage " + pkg + ";\n");
  }

  /**
   * The cold-start references: the same handlers called from one hand-written class, once through
   * a switch on the event's class name and once through an {@code instanceof} chain.
   */
  private void writeReferences() throws IOException {
    StringBuilder fields = new StringBuilder();
    StringBuilder creations = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    StringBuilder chain = new StringBuilder();
    for (int i = 0; i < handlers.size(); i++) {
      Handler handler = handlers.get(i);
      String type = "Herald" + handler.suffix();
      String field = "h" + i;
      fields.append("  private final ").append(type).append(' ').append(field).append(";\n");
      creations.append("    ").append(field).append(" = (").append(type).append(") handlers.get(")
          .append(i).append(");\n");
    }
    for (Event event : events) {
      List<Integer> receivers = new ArrayList<>();
      for (int i = 0; i < handlers.size(); i++) {
        String taken = handlers.get(i).eventType();
        if (taken.equals(event.name()) || taken.equals(event.implemented())) {
          receivers.add(i);
        }
      }
      StringBuilder calls = new StringBuilder();
      for (int receiver : receivers) {
        calls.append("h").append(receiver).append(".on(e); ");
      }
      cases.append("      case \"").append(BASE).append('.').append(event.name()).append("\" -> {\n")
          .append("        ").append(event.name()).append(" e = (").append(event.name()).append(") event;\n")
          .append("        ").append(calls.toString().strip()).append("\n      }\n");
      chain.append(chain.length() == 0 ? "    if" : " else if").append(" (event instanceof ")
          .append(event.name()).append(" e) {\n      ").append(calls.toString().strip()).append("\n    }");
    }
    String imports = "import java.util.List;\n"
        + handlers.stream().map(h -> "import " + BASE + ".herald.Herald" + h.suffix() + ";\n")
            .reduce("", String::concat);
    String constructor = "  /** Over the Herald handlers that {@code HeraldAppHandlers.create} made, in its order. */\n"
        + "  public %s(List<?> handlers) {\n" + creations + "  }\n\n";
    write(BASE, "AppSwitchDispatcher", "package " + BASE + ";\n\n" + imports + "\n"
        + "/** Cold-start reference: one class, every handler a field, a switch on the event's class name. */\n"
        + "public final class AppSwitchDispatcher {\n\n" + fields + "\n"
        + constructor.formatted("AppSwitchDispatcher")
        + "  /** Calls every handler of the event's type. */\n"
        + "  public void dispatch(Object event) {\n"
        + "    switch (event.getClass().getName()) {\n" + cases
        + "      default -> throw new IllegalArgumentException(\"no handler for \" + event.getClass());\n"
        + "    }\n  }\n}\n");
    write(BASE, "AppInstanceofDispatcher", "package " + BASE + ";\n\n" + imports + "\n"
        + "/** Cold-start reference: one class, every handler a field, an {@code instanceof} chain. */\n"
        + "public final class AppInstanceofDispatcher {\n\n" + fields + "\n"
        + constructor.formatted("AppInstanceofDispatcher")
        + "  /** Calls every handler of the event's type. */\n"
        + "  public void dispatch(Object event) {\n" + chain
        + " else {\n      throw new IllegalArgumentException(\"no handler for \" + event.getClass());\n    }\n  }\n}\n");
  }

  private static String tableEvent(int i) {
    return "OrderConfirmed" + pad(i);
  }

  private static String pad(int i) {
    return String.format("%03d", i);
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private void write(String pkg, String simpleName, String source) throws IOException {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
