package dev.herald.processor.model;

import dev.herald.processor.naming.HeraldNames;
import java.util.Objects;

/**
 * The {@code @IntegrationEvent} attributes of an event record: how it appears as a CloudEvent.
 *
 * @param type the CloudEvents type without version
 * @param version the contract version, from 1
 * @param source the CloudEvents source
 */
public record IntegrationContract(String type, int version, String source) {

  public IntegrationContract {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
  }

  /** The CloudEvents {@code type} attribute, as {@link HeraldNames#cloudEventType} spells it. */
  public String cloudEventType() {
    return HeraldNames.cloudEventType(type, version);
  }
}
