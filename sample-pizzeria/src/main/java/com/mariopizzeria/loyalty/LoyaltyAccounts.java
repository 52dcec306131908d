package com.mariopizzeria.loyalty;

import dev.herald.runtime.spi.CommitStep;
import java.util.List;

/**
 * Where loyalty accounts are kept as streams of stored events, each read back through the generated
 * codec (which upcasts the old till's version 1): in the outbox's event store with a database, in
 * memory without one.
 */
public interface LoyaltyAccounts {

  /** The customer's account rebuilt from its stored events; a new one when there are none. */
  LoyaltyAccount load(String customer);

  /**
   * The commit step that appends the account's new events to its stream, with the deliveries of the
   * unit of work's events; nothing of either is kept when it fails.
   *
   * @throws RuntimeException from the step, when the account was saved since it was loaded (the bus
   *     retries a delivery that failed so, on the fresh account)
   */
  CommitStep saving(LoyaltyAccount account);

  /**
   * Stores points as the old till did, into an account without events: version 1 of the event,
   * stored under the bare name, as events stored before versions existed are. An account that has
   * events was imported already (a database kept from an earlier run) and is left alone.
   */
  void importFromOldTill(String customer, int points);

  /** The stored names of the customer's events, in order, as the store lists them. */
  List<String> storedNames(String customer);

  /** The customers with an account, sorted. */
  List<String> customers();
}
