package dev.herald.benchmarks.processorcost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a service-sized corpus for the processor to chew on: {@code events} records annotated with
 * {@code @DomainEvent} and handler classes of {@code methodsPerHandler} {@code @Handles} methods
 * each, one handler method per event.
 */
final class CorpusWriter {

  private final Path sourceRoot;
  private final int events;
  private final int methodsPerHandler;

  CorpusWriter(Path sourceRoot, int events, int methodsPerHandler) {
    if (events < 1 || methodsPerHandler < 1 || events % methodsPerHandler != 0) {
      throw new IllegalArgumentException(
          "events ("
              + events
              + ") must be a positive multiple of methodsPerHandler ("
              + methodsPerHandler
              + ")");
    }
    this.sourceRoot = sourceRoot;
    this.events = events;
    this.methodsPerHandler = methodsPerHandler;
  }

  /** Writes the corpus and returns every source file written. */
  List<Path> write() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      files.add(
          writeSource(
              "corpus.events",
              event(i),
              "package corpus.events;\n\n"
                  + "import dev.herald.DomainEvent;\n\n"
                  + "/** Corpus event "
                  + i
                  + ". */\n"
                  + "@DomainEvent\n"
                  + "public record "
                  + event(i)
                  + "(String orderId, String customerId, long totalCents) {}\n"));
    }
    for (int h = 0; h < events / methodsPerHandler; h++) {
      String handler = String.format(Locale.ROOT, "Handler%03d", h);
      StringBuilder source =
          new StringBuilder("package corpus.handlers;\n\n")
              .append("import dev.herald.Handles;\n\n")
              .append("/** Corpus handler ")
              .append(h)
              .append(". */\n")
              .append("public final class ")
              .append(handler)
              .append(" {\n\n")
              .append("  private long sum;\n");
      for (int m = 0; m < methodsPerHandler; m++) {
        String event = event(h * methodsPerHandler + m);
        source
            .append("\n  @Handles\n")
            .append("  public void on(corpus.events.")
            .append(event)
            .append(" event) {\n")
            .append("    sum += event.totalCents();\n")
            .append("  }\n");
      }
      source.append("}\n");
      files.add(writeSource("corpus.handlers", handler, source.toString()));
    }
    return files;
  }

  private static String event(int i) {
    return String.format(Locale.ROOT, "OrderConfirmed%04d", i);
  }

  private Path writeSource(String pkg, String simpleName, String source) throws IOException {
    Path file = sourceRoot.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    return file;
  }
}
