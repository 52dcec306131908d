package dev.herald.runtime.spi;

/**
 * The application's part of a commit: makes the unit of work's changes durable, and throws to roll
 * them back. An outbox implementation writes {@link CommittingEvents#deliveries()} in the same
 * transaction, so that events and state commit together or not at all.
 */
@FunctionalInterface
public interface CommitStep {

  /**
   * Persists the operation's changes.
   *
   * @param events what will be delivered once this returns normally
   * @throws Exception to abort the unit of work; nothing is then published
   */
  void commit(CommittingEvents events) throws Exception;
}
