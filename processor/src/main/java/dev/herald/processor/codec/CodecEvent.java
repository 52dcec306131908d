package dev.herald.processor.codec;

import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One event record the codec handles, and its CloudEvents contract when it is an integration event.
 *
 * @param record the event record
 * @param integration its {@code @IntegrationEvent} attributes; empty for a domain event
 */
public record CodecEvent(TypeElement record, Optional<Integration> integration) {

  public CodecEvent {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(integration, "integration");
  }

  /** A domain event, stored under its record's canonical name. */
  public static CodecEvent domain(TypeElement record) {
    return new CodecEvent(record, Optional.empty());
  }

  /** An integration event, stored under {@code type + ".v" + version}. */
  public static CodecEvent integration(
      TypeElement record, String type, int version, String source) {
    return new CodecEvent(record, Optional.of(new Integration(type, version, source)));
  }

  /**
   * The name the codec stores this event under: the CloudEvents type with version, or the canonical
   * name.
   */
  public String typeName() {
    return integration
        .map(Integration::cloudEventType)
        .orElseGet(() -> record.getQualifiedName().toString());
  }

  /**
   * The {@code @IntegrationEvent} attributes of a record.
   *
   * @param type the CloudEvents type without version
   * @param version the contract version, from 1
   * @param source the CloudEvents source
   */
  public record Integration(String type, int version, String source) {

    public Integration {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(source, "source");
    }

    /** The CloudEvents {@code type} attribute. */
    public String cloudEventType() {
      return type + ".v" + version;
    }
  }
}
