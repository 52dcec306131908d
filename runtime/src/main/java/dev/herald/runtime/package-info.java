/**
 * Herald's runtime: the contract generated handler tables implement, and the bus that routes events
 * through them. Nothing in this package uses reflection; every handler call is a plain method call
 * in generated code.
 *
 * <p>Aggregates ({@link dev.herald.runtime.AggregateRoot}) raise events; a {@link
 * dev.herald.runtime.UnitOfWork} from {@link dev.herald.runtime.EventBus#unitOfWork()} commits
 * them; {@link dev.herald.runtime.EventBus#publish} sends events raised outside aggregates.
 *
 * <p>Delivery guarantees of the in-memory bus:
 *
 * <ul>
 *   <li>IMMEDIATE handlers run exactly once per commit attempt, in the committing thread, before
 *       the commit step; the first failure aborts the unit of work and nothing is published.
 *   <li>AFTER_COMMIT handlers are delivered after the commit step returned, each (event, handler)
 *       on its own: at least once while the process lives (retried until it succeeds or is
 *       dead-lettered, and a redrive may deliver it again), but at most once per attempt and lost
 *       if the process dies before it succeeds: durability needs a store such as {@code
 *       herald-jdbc}.
 *   <li>For one aggregate, each handler receives its events in sequence order, one at a time, even
 *       while an earlier one waits for a retry; events outside aggregates are not ordered.
 *   <li>A redriven dead letter is delivered after whatever its aggregate's lane holds at that time,
 *       so it reaches its handler after later events did.
 * </ul>
 */
package dev.herald.runtime;
