package dev.herald.runtime.generated;

import java.util.List;

/**
 * Turns the event records of one compilation unit into JSON and back with generated code, so that
 * durable stores and brokers never build objects by reflection or from class names in a message.
 *
 * <p>The processor generates one per compilation unit beside its {@link HandlerTable}.
 */
public interface EventCodec {

  /**
   * The stable name events of this type are stored under: the CloudEvents type with version for an
   * integration event; for a domain event its {@code @DomainEvent} name (the record's canonical
   * name unless given), with {@code .v<n>} appended from version 2. An older version keeps its own
   * name, so a store needs no separate version column. {@code null} when this codec does not know
   * the type.
   */
  String typeName(Class<?> eventType);

  /** Whether {@link #decode} accepts this stored type name (every version's name counts). */
  boolean knows(String typeName);

  /**
   * Writes the event as a JSON object.
   *
   * @throws IllegalArgumentException when this codec does not know the event's type
   */
  String encode(Object event);

  /**
   * Reads an event of the named type from a JSON object. The name of an older version reads that
   * version's record and returns what its chain of {@code @Upcasts} methods makes of it: always the
   * current version's record.
   *
   * @throws EventDecodingException when the type is unknown or the JSON does not fit the record;
   *     its message says which, for the dead-letter reason
   */
  Object decode(String typeName, String json);

  /** The integration events of this compilation unit, in name order. */
  List<IntegrationEventType> integrationEvents();
}
