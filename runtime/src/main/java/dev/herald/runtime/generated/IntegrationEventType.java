package dev.herald.runtime.generated;

import java.util.Objects;

/**
 * The contract of one {@code @IntegrationEvent} record as the processor saw it, for publishers and
 * consumers that map between records and CloudEvents without reflection.
 *
 * @param type the CloudEvents type without version, e.g. {@code com.mariopizzeria.order.confirmed}
 * @param version the contract version, from 1
 * @param source the CloudEvents source of the publishing service
 * @param eventType the record class
 */
public record IntegrationEventType(String type, int version, String source, Class<?> eventType) {

  public IntegrationEventType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(eventType, "eventType");
  }

  /**
   * The CloudEvents {@code type} attribute of this contract, see {@link #cloudEventType(String,
   * int)}.
   */
  public String cloudEventType() {
    return cloudEventType(type, version);
  }

  /**
   * The CloudEvents {@code type} attribute of a contract, {@code type + ".v" + version}: the one
   * place at run time that spells the rule, so publishers, consumers and codecs agree.
   */
  public static String cloudEventType(String type, int version) {
    return type + ".v" + version;
  }
}
