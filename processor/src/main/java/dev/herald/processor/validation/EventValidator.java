package dev.herald.processor.validation;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.StableIds;
import dev.herald.processor.reading.Visibility;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks one type annotated {@code @DomainEvent} or {@code @IntegrationEvent}: that it is a public
 * record with a well-formed integration contract, and that its name reads like an event.
 */
public final class EventValidator {

  /**
   * At least three dot-separated words of letters, digits, '-' and '_', the first a lower-case
   * top-level domain; a trailing {@code .v<n>} would duplicate {@code version()}.
   */
  private static final Pattern REVERSE_DNS =
      Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+){2,}");

  private static final Pattern VERSION_SUFFIX = Pattern.compile(".*\\.v[0-9]+");

  private final Elements elements;

  public EventValidator(Elements elements) {
    this.elements = elements;
  }

  /** Validates the annotated type. */
  public ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    Optional<AnnotationMirror> domainEvent = Annotations.find(type, HeraldTypes.DOMAIN_EVENT);
    Optional<AnnotationMirror> integrationEvent =
        Annotations.find(type, HeraldTypes.INTEGRATION_EVENT);
    AnnotationMirror annotation = domainEvent.or(() -> integrationEvent).orElseThrow();

    if (type.getKind() != ElementKind.RECORD) {
      String annotationName = annotation.getAnnotationType().asElement().getSimpleName().toString();
      return report
          .add(
              Finding.onAnnotation(
                  type,
                  annotation,
                  Diagnostic.EVENT_NOT_A_RECORD,
                  Describe.type(type),
                  annotationName,
                  Describe.kind(type.getKind())))
          .build();
    }
    if (domainEvent.isPresent() && integrationEvent.isPresent()) {
      report.add(
          Finding.onAnnotation(
              type, domainEvent.get(), Diagnostic.BOTH_EVENT_ANNOTATIONS, Describe.type(type)));
    }
    if (!Visibility.isPublic(type)) {
      report.add(Finding.on(type, Diagnostic.EVENT_NOT_PUBLIC, Describe.type(type)));
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.add(Finding.on(type, Diagnostic.GENERIC_EVENT, Describe.type(type)));
    }
    integrationEvent.ifPresent(integration -> validateContract(type, integration, report));
    domainEvent.ifPresent(domain -> validateStoredName(type, domain, report));
    validateName(type, report);
    return report.build();
  }

  private void validateContract(
      TypeElement type, AnnotationMirror integration, ValidationReport.Builder report) {
    AnnotationValue typeValue = Annotations.value(elements, integration, "type");
    String eventType = (String) typeValue.getValue();
    if (!REVERSE_DNS.matcher(eventType).matches() || VERSION_SUFFIX.matcher(eventType).matches()) {
      report.add(
          Finding.onValue(
              type,
              integration,
              typeValue,
              Diagnostic.MALFORMED_INTEGRATION_TYPE,
              eventType,
              Describe.type(type)));
    }
    AnnotationValue sourceValue = Annotations.value(elements, integration, "source");
    if (((String) sourceValue.getValue()).isBlank()) {
      report.add(
          Finding.onValue(
              type,
              integration,
              sourceValue,
              Diagnostic.EMPTY_INTEGRATION_SOURCE,
              Describe.type(type)));
    }
    AnnotationValue versionValue = Annotations.value(elements, integration, "version");
    int version = (Integer) versionValue.getValue();
    if (version < 1) {
      report.add(
          Finding.onValue(
              type,
              integration,
              Annotations.explicitValue(integration, "version").orElse(versionValue),
              Diagnostic.INVALID_INTEGRATION_VERSION,
              Describe.type(type),
              version));
    }
  }

  private void validateStoredName(
      TypeElement type, AnnotationMirror domainEvent, ValidationReport.Builder report) {
    AnnotationValue versionValue = Annotations.value(elements, domainEvent, "version");
    int version = (Integer) versionValue.getValue();
    if (version < 1) {
      report.add(
          Finding.onValue(
              type,
              domainEvent,
              Annotations.explicitValue(domainEvent, "version").orElse(versionValue),
              Diagnostic.INVALID_EVENT_VERSION,
              Describe.type(type),
              version));
    }
    Annotations.explicitString(type, HeraldTypes.DOMAIN_EVENT, "name")
        .filter(value -> !StableIds.isWellFormedEventName((String) value.getValue()))
        .ifPresent(
            value ->
                report.add(
                    Finding.onValue(
                        type,
                        domainEvent,
                        value,
                        Diagnostic.MALFORMED_EVENT_NAME,
                        value.getValue(),
                        Describe.type(type),
                        StableIds.MAX_EVENT_NAME_LENGTH)));
  }

  private static void validateName(TypeElement type, ValidationReport.Builder report) {
    String name = type.getSimpleName().toString();
    EventNames.commandVerb(name)
        .ifPresent(
            verb -> report.add(Finding.on(type, Diagnostic.COMMAND_LIKE_EVENT_NAME, name, verb)));
    EventNames.genericChange(name)
        .ifPresent(
            change ->
                report.add(Finding.on(type, Diagnostic.GENERIC_CHANGE_EVENT_NAME, name, change)));
  }
}
