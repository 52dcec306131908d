package dev.herald.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deliveries this node claimed and has not settled yet, with the end of each lease, so that the
 * relay renews the leases of slow or retrying deliveries before other nodes take them over, and
 * never takes back a delivery this node still holds.
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

  /** Whether this node holds the delivery (it is in flight here, or its mark is queued). */
  boolean holds(UUID eventId, String routeId) {
    return claimedUntil.containsKey(new Key(eventId, routeId));
  }

  int size() {
    return claimedUntil.size();
  }

  /**
   * Extends, in the table, the leases of this node's unsettled deliveries that end within half a
   * lease; a row that is no longer this node's (settled, rolled back, taken over) is let go.
   *
   * @return how many were renewed
   */
  int renew(OutboxContext context) {
    Instant now = context.clock().instant();
    Instant limit = now.plus(context.lease().dividedBy(2));
    List<Key> due = new ArrayList<>();
    claimedUntil.forEach(
        (key, until) -> {
          if (until.isBefore(limit)) {
            due.add(key);
          }
        });
    if (due.isEmpty()) {
      return 0;
    }
    // The same row order as the DONE marks, so the two batches cannot deadlock on PostgreSQL.
    due.sort(ROW_ORDER);
    Instant until = now.plus(context.lease());
    int[] counts;
    try {
      counts =
          context
              .transactions()
              .writeBatch(
                  context.sql().renewLease,
                  due,
                  (renew, key) -> {
                    context.columns().setInstant(renew, 1, until);
                    context.columns().setUuid(renew, 2, key.eventId());
                    renew.setString(3, key.routeId());
                    renew.setString(4, context.nodeId());
                  });
    } catch (SQLException e) {
      throw OutboxContext.failure("Renewing " + due.size() + " delivery leases", e);
    }
    int renewed = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        release(due.get(i));
      } else {
        claimedUntil.computeIfPresent(due.get(i), (key, old) -> until);
        renewed++;
      }
    }
    return renewed;
  }
}
