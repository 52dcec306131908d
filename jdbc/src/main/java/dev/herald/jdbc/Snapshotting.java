package dev.herald.jdbc;

/**
 * When a repository's aggregates are snapshotted and how: every so many events, through the
 * application's {@link AggregateSnapshots}.
 */
final class Snapshotting {

  private final int every;
  private final AggregateSnapshots<Object> snapshots;

  @SuppressWarnings("unchecked")
  Snapshotting(int every, AggregateSnapshots<?> snapshots) {
    this.every = every;
    // Only the repository's own aggregates are handed to it (EventSourcedRepository<A> is typed).
    this.snapshots = (AggregateSnapshots<Object>) snapshots;
  }

  /** Whether an append from version {@code from} to {@code to} crossed a multiple of every. */
  boolean due(long from, long to) {
    return to / every > from / every;
  }

  String revision() {
    return snapshots.revision();
  }

  String write(Object aggregate) {
    return snapshots.write(aggregate);
  }

  Object read(String aggregateId, String state) {
    return snapshots.read(aggregateId, state);
  }
}
