package dev.herald.processor.reading;

import dev.herald.processor.naming.HeraldNames;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The names durable stores keep: each route's id and each domain event's stored name, as the user
 * chose them with {@code @Handles(id)} and {@code @DomainEvent(name)}, or by default derived from
 * the code; the one place that decides them, so validation, the model and the ids file agree.
 */
public final class StableIds {

  /** The longest route id: herald-jdbc's {@code route_id} column holds 1000 characters. */
  public static final int MAX_ROUTE_ID_LENGTH = 1000;

  /** The longest stored event name: herald-jdbc's {@code type_name} column holds 500. */
  public static final int MAX_EVENT_NAME_LENGTH = 500;

  /** Punctuation a route id may have besides letters and digits; never white space. */
  private static final String ROUTE_ID_PUNCTUATION = "._-$#()/:";

  /** Punctuation a stored event name may have besides letters and digits. */
  private static final String EVENT_NAME_PUNCTUATION = "._-$";

  private StableIds() {}

  /**
   * The route id of a {@code @Handles} method: its {@code id} attribute, or else {@code <handler
   * binary name>#<method>(<event simple name>)}.
   *
   * @param eventType the event type the method takes
   */
  public static String routeId(Elements elements, ExecutableElement method, TypeElement eventType) {
    return explicitRouteId(method)
        .orElseGet(
            () ->
                HeraldNames.routeId(
                    elements.getBinaryName((TypeElement) method.getEnclosingElement()).toString(),
                    method.getSimpleName().toString(),
                    eventType.getSimpleName().toString()));
  }

  /** The {@code id} the user gave a {@code @Handles} method; empty when left at its default. */
  public static Optional<String> explicitRouteId(ExecutableElement method) {
    return Annotations.explicitString(method, HeraldTypes.HANDLES, "id")
        .map(value -> (String) value.getValue());
  }

  /**
   * The name of the event a domain event record is a version of: its {@code @DomainEvent} {@code
   * name}, or else the record's canonical name; every version of one event shares it.
   */
  public static String domainEventName(TypeElement record) {
    return explicitEventName(record).orElseGet(() -> record.getQualifiedName().toString());
  }

  /**
   * The name of the event a record is a version of: {@link #domainEventName} for a domain event,
   * the CloudEvents type without version for an integration event.
   */
  public static String eventName(Elements elements, TypeElement record) {
    return Annotations.find(record, HeraldTypes.INTEGRATION_EVENT)
        .map(integration -> (String) Annotations.value(elements, integration, "type").getValue())
        .orElseGet(() -> domainEventName(record));
  }

  /**
   * The version of the event a record is: the {@code version} of its {@code @DomainEvent} or
   * {@code @IntegrationEvent}; 1 when it has neither.
   */
  public static int version(Elements elements, TypeElement record) {
    return Annotations.find(record, HeraldTypes.INTEGRATION_EVENT)
        .or(() -> Annotations.find(record, HeraldTypes.DOMAIN_EVENT))
        .map(annotation -> (Integer) Annotations.value(elements, annotation, "version").getValue())
        .orElse(1);
  }

  /**
   * The name an event record is stored under: for a domain event {@link #domainEventName}, with
   * {@code .v<version>} from version 2 on (so events stored before versioning are version 1); for
   * an integration event the CloudEvents type with version ({@code
   * com.example.order.confirmed.v2}).
   */
  public static String storedName(Elements elements, TypeElement record) {
    Optional<AnnotationMirror> integration =
        Annotations.find(record, HeraldTypes.INTEGRATION_EVENT);
    if (integration.isEmpty()) {
      return HeraldNames.storedDomainEventName(domainEventName(record), version(elements, record));
    }
    Object type = Annotations.value(elements, integration.get(), "type").getValue();
    Object version = Annotations.value(elements, integration.get(), "version").getValue();
    return HeraldNames.cloudEventType((String) type, (Integer) version);
  }

  /** The {@code name} the user gave a {@code @DomainEvent}; empty when left at its default. */
  public static Optional<String> explicitEventName(TypeElement record) {
    return Annotations.explicitString(record, HeraldTypes.DOMAIN_EVENT, "name")
        .map(value -> (String) value.getValue());
  }

  /** Whether a route id fits every durable store: not blank, short, no white space or quotes. */
  public static boolean isWellFormedRouteId(String id) {
    return isWellFormed(id, MAX_ROUTE_ID_LENGTH, ROUTE_ID_PUNCTUATION);
  }

  /** Whether a stored event name fits every durable store. */
  public static boolean isWellFormedEventName(String name) {
    return isWellFormed(name, MAX_EVENT_NAME_LENGTH, EVENT_NAME_PUNCTUATION);
  }

  private static boolean isWellFormed(String value, int maxLength, String punctuation) {
    if (value.isEmpty() || value.length() > maxLength) {
      return false;
    }
    return value
        .codePoints()
        .allMatch(c -> Character.isLetterOrDigit(c) || punctuation.indexOf(c) >= 0);
  }
}
