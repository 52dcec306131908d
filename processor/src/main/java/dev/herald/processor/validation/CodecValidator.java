package dev.herald.processor.validation;

import dev.herald.processor.codec.CodecProblem;
import dev.herald.processor.codec.JsonCompatibility;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.HeraldTypes;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks that the generated JSON codec can write each event record, and reports every component it
 * cannot on that component.
 *
 * <p>An integration event that cannot be written can never leave the service: an error. A domain
 * event only has to be written when a durable store keeps it, and every committed event goes
 * through herald-jdbc's outbox as JSON; so it is an error when herald-jdbc is on the compilation's
 * classpath, and otherwise a warning (the codec leaves the event out, and an in-memory service may
 * suppress the warning).
 */
public final class CodecValidator {

  /** A type of herald-jdbc, whose presence on the classpath means events are stored as JSON. */
  private static final String JDBC_OUTBOX = "dev.herald.jdbc.JdbcOutbox";

  private final JsonCompatibility compatibility;
  private final boolean outboxOnClasspath;

  /**
   * @param elements the compiler's elements, to look for herald-jdbc
   * @param codecPackage the package of the generated codec, which must be able to name every type
   */
  public CodecValidator(Elements elements, String codecPackage) {
    this.compatibility = new JsonCompatibility(codecPackage);
    this.outboxOnClasspath = elements.getTypeElement(JDBC_OUTBOX) != null;
  }

  /** The components of an annotated event record that the codec cannot write. */
  public ValidationReport validate(TypeElement event) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (event.getKind() != ElementKind.RECORD) {
      return report.build(); // EventValidator reports that.
    }
    Diagnostic diagnostic;
    if (Annotations.has(event, HeraldTypes.INTEGRATION_EVENT)) {
      diagnostic = Diagnostic.INTEGRATION_EVENT_NOT_SERIALIZABLE;
    } else if (outboxOnClasspath) {
      diagnostic = Diagnostic.DOMAIN_EVENT_NOT_STORABLE;
    } else {
      diagnostic = Diagnostic.DOMAIN_EVENT_NOT_SERIALIZABLE;
    }
    for (CodecProblem problem : compatibility.problems(event)) {
      report.add(
          Finding.on(
              problem.element(), diagnostic, Describe.type(event), lowerFirst(problem.message())));
    }
    return report.build();
  }

  /** The codec's message continues the diagnostic's sentence. */
  private static String lowerFirst(String message) {
    return message.isEmpty()
        ? message
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
