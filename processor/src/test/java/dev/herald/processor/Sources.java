package dev.herald.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Test inputs under src/test/resources, and the one way tests compile them with Herald. */
final class Sources {

  /**
   * The example domain of the golden, determinism and functional tests (package
   * com.example.orders).
   */
  static final List<String> ORDERS =
      List.of(
          "good/orders/Auditable.java",
          "good/orders/OrderEvent.java",
          "good/orders/OrderPlaced.java",
          "good/orders/OrderConfirmed.java",
          "good/orders/OrderCancelled.java",
          "good/orders/imports/OrderImported.java",
          "good/orders/audit/AuditLog.java",
          "good/orders/billing/Billing.java",
          "good/orders/kitchen/Kitchen.java");

  private Sources() {}

  /** One source file from the test resources. */
  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /** Source files from the test resources, in the given order. */
  static List<JavaFileObject> sources(List<String> resources) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String resource : resources) {
      sources.add(source(resource));
    }
    return sources;
  }

  /** Compiles with Herald, and the given processors after it. */
  static Compilation compile(
      List<JavaFileObject> sources, List<String> options, Processor... others) {
    List<Processor> processors = new ArrayList<>();
    processors.add(new HeraldProcessor());
    processors.addAll(List.of(others));
    return Compiler.javac().withProcessors(processors).withOptions(options).compile(sources);
  }
}
