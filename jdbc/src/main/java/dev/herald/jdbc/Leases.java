package dev.herald.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deliveries this node claimed and has not settled yet, with the end of each lease, so the
 * relay can extend leases of slow or retrying deliveries before other nodes take them over.
 */
final class Leases {

  /** Identifies a delivery row. */
  record Key(UUID eventId, String routeId) {}

  /** One order of rows for every batch that updates several, so two batches cannot deadlock. */
  static final Comparator<Key> ROW_ORDER =
      Comparator.comparing(Key::eventId).thenComparing(Key::routeId);

  private final Map<Key, Instant> claimedUntil = new ConcurrentHashMap<>();

  void hold(UUID eventId, String routeId, Instant until) {
    claimedUntil.put(new Key(eventId, routeId), until);
  }

  void release(UUID eventId, String routeId) {
    claimedUntil.remove(new Key(eventId, routeId));
  }

  void release(Key key) {
    claimedUntil.remove(key);
  }

  /** Leases that end within {@code margin} of {@code now} and should be renewed. */
  List<Key> endingBefore(Instant now, Duration margin) {
    Instant limit = now.plus(margin);
    List<Key> due = new ArrayList<>();
    claimedUntil.forEach(
        (key, until) -> {
          if (until.isBefore(limit)) {
            due.add(key);
          }
        });
    return due;
  }

  int size() {
    return claimedUntil.size();
  }
}
