package dev.herald.jdbc;

/**
 * Writes an event-sourced aggregate's state as text and reads it back, so that loading it replays
 * only the events after its latest snapshot. Plain code of the application's choice (a record and
 * the JSON it likes); no reflection is involved.
 *
 * <p>A snapshot is only a shortcut: one whose {@link #revision()} differs from the stored one, or
 * that cannot be read, is ignored and the aggregate is replayed from its first event.
 *
 * @param <A> the aggregate class
 */
public interface AggregateSnapshots<A> {

  /**
   * The format of the state this writes; change it when {@link #write} changes, so that older
   * snapshots are ignored rather than misread. At most 100 characters.
   */
  String revision();

  /** The aggregate's state, with all its events applied. */
  String write(A aggregate);

  /**
   * An aggregate with the state {@link #write} wrote; its version is set by the store.
   *
   * @throws RuntimeException when the state cannot be read: the snapshot is then ignored
   */
  A read(String aggregateId, String state);
}
