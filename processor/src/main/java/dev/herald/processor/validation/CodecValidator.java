package dev.herald.processor.validation;

import dev.herald.processor.codec.JsonShapes;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.HeraldTypes;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reports every record component the generated JSON codec cannot write, on that component, with the
 * rule it breaks; the shapes it resolves on the way are what the model is built from.
 *
 * <p>An integration event that cannot be written can never leave the service: each problem is an
 * error. A domain event only has to be written when a durable store keeps it, and every committed
 * event goes through herald-jdbc's outbox as JSON; so each problem is an error when herald-jdbc is
 * on the compilation's classpath, and otherwise one warning, {@link
 * Diagnostic#DOMAIN_EVENT_NOT_SERIALIZABLE}, carrying the rule (the codec leaves the event out, and
 * an in-memory service may suppress the warning). A record several events reach is reported once.
 */
public final class CodecValidator {

  /** A type of herald-jdbc, whose presence on the classpath means events are stored as JSON. */
  private static final String JDBC_OUTBOX = "dev.herald.jdbc.JdbcOutbox";

  private final JsonShapes shapes;
  private final boolean outboxOnClasspath;
  private final Set<Finding> reported = new HashSet<>();

  /**
   * @param elements the compiler's elements, to look for herald-jdbc
   * @param shapes the compilation's shape resolver, which the model reads afterwards
   */
  public CodecValidator(Elements elements, JsonShapes shapes) {
    this.shapes = shapes;
    this.outboxOnClasspath = elements.getTypeElement(JDBC_OUTBOX) != null;
  }

  /**
   * The components of an annotated event record, and of the records it reaches, it cannot write.
   */
  public ValidationReport validate(TypeElement event) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (event.getKind() != ElementKind.RECORD) {
      return report.build(); // EventValidator reports that.
    }
    boolean mustBeWritten =
        outboxOnClasspath || Annotations.has(event, HeraldTypes.INTEGRATION_EVENT);
    for (Finding problem : shapes.problems(event)) {
      Finding finding =
          mustBeWritten
              ? problem
              : Finding.on(
                  problem.element(),
                  Diagnostic.DOMAIN_EVENT_NOT_SERIALIZABLE,
                  Describe.type(event),
                  problem.diagnostic().problem(problem.arguments().toArray()));
      if (reported.add(finding)) {
        report.add(finding);
      }
    }
    return report.build();
  }
}
