package dev.herald.jdbc;

import java.util.Objects;

/**
 * Stands in for the event of a dead letter whose stored row no codec can read (a renamed or removed
 * type, or a corrupted payload), so that operators can still list and inspect it.
 *
 * @param typeName the stored type name
 * @param payload the stored JSON, as it is
 * @param reason why it could not be decoded
 */
public record UndecodableEvent(String typeName, String payload, String reason) {

  public UndecodableEvent {
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(reason, "reason");
  }
}
