package dev.herald.kafka;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The integration events one service knows, gathered from its generated codecs: found by record
 * class when publishing and by CloudEvents {@code type} when consuming, with no reflection and no
 * class name ever taken from a message.
 */
public final class IntegrationEventCatalog {

  /** An integration event type with the codec that reads and writes it. */
  public record Entry(IntegrationEventType type, EventCodec codec) {}

  private final Map<Class<?>, Entry> byRecord = new HashMap<>();
  private final Map<String, Entry> byCloudEventType = new HashMap<>();
  private final Map<String, Set<Integer>> versionsByType = new HashMap<>();

  private IntegrationEventCatalog(Collection<EventCodec> codecs) {
    for (EventCodec codec : codecs) {
      for (IntegrationEventType type : codec.integrationEvents()) {
        Entry entry = new Entry(type, codec);
        Entry clash = byCloudEventType.putIfAbsent(type.cloudEventType(), entry);
        if (clash != null && clash.type().eventType() != type.eventType()) {
          throw new IllegalArgumentException(
              "CloudEvents type "
                  + type.cloudEventType()
                  + " is declared by both "
                  + clash.type().eventType().getName()
                  + " and "
                  + type.eventType().getName());
        }
        byRecord.putIfAbsent(type.eventType(), entry);
        versionsByType.computeIfAbsent(type.type(), t -> new TreeSet<>()).add(type.version());
      }
    }
  }

  /** The catalog of the given codecs; two records claiming one CloudEvents type are an error. */
  public static IntegrationEventCatalog of(Collection<EventCodec> codecs) {
    Objects.requireNonNull(codecs, "codecs");
    return new IntegrationEventCatalog(List.copyOf(codecs));
  }

  /** The catalog of the given codecs. */
  public static IntegrationEventCatalog of(EventCodec... codecs) {
    return of(List.of(codecs));
  }

  /** The entry of an integration event record class, or {@code null} when it is none. */
  public Entry forRecord(Class<?> recordType) {
    return byRecord.get(recordType);
  }

  /** The entry of a CloudEvents {@code type} attribute (with its {@code .vN}), or {@code null}. */
  public Entry forCloudEventType(String cloudEventType) {
    return byCloudEventType.get(cloudEventType);
  }

  /** The versions known of a type without its version suffix; empty when the type is unknown. */
  public Set<Integer> versionsOf(String type) {
    return versionsByType.getOrDefault(type, Set.of());
  }

  /** Every known integration event type. */
  public List<IntegrationEventType> types() {
    return byCloudEventType.values().stream().map(Entry::type).toList();
  }
}
