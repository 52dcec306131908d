package dev.herald.processor.sourcing;

import dev.herald.processor.reading.Annotations;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.reading.StableIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The versions of each event the compilation declares: every annotated event record belongs to one
 * event, named by its {@code @DomainEvent} name (or canonical name) or its integration type, and is
 * one version of it.
 */
final class EventVersions {

  /** One annotated event record as versioning sees it. */
  record Version(TypeElement record, Key event, int version) {}

  /**
   * An event: domain and integration events with the same name are different events.
   *
   * @param name the event's name without version
   */
  record Key(String name, boolean integration) {

    /** "domain event 'x'" or "integration event 'x'", for messages. */
    String describe() {
      return (integration ? "integration" : "domain") + " event '" + name + "'";
    }
  }

  private final Map<TypeElement, Version> byRecord = new HashMap<>();
  private final Map<Key, NavigableMap<Integer, TypeElement>> byEvent = new HashMap<>();

  private EventVersions() {}

  /** The versions of the annotated event records among {@code eventTypes}, in name order. */
  static EventVersions of(Elements elements, List<TypeElement> eventTypes) {
    EventVersions versions = new EventVersions();
    for (TypeElement type : eventTypes) {
      if (type.getKind() != ElementKind.RECORD) {
        continue;
      }
      boolean integration = Annotations.has(type, HeraldTypes.INTEGRATION_EVENT);
      Key key = new Key(StableIds.eventName(elements, type), integration);
      Version version = new Version(type, key, StableIds.version(elements, type));
      versions.byRecord.put(type, version);
      // Two records of one version are reported as a duplicate stored name; the first one counts.
      versions
          .byEvent
          .computeIfAbsent(key, event -> new TreeMap<>())
          .putIfAbsent(version.version(), type);
    }
    return versions;
  }

  /** The record's version, if it is an annotated event record of the compilation. */
  Optional<Version> of(TypeElement record) {
    return Optional.ofNullable(byRecord.get(record));
  }

  /** Every event with more than one version, with its versions in ascending order. */
  Map<Key, NavigableMap<Integer, TypeElement>> versionedEvents() {
    Map<Key, NavigableMap<Integer, TypeElement>> versioned = new HashMap<>();
    byEvent.forEach(
        (key, versions) -> {
          if (versions.size() > 1) {
            versioned.put(key, versions);
          }
        });
    return versioned;
  }
}
