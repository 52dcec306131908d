/**
 * Scenario 7: throughput of AFTER_COMMIT delivery on an executor, in order per aggregate, across
 * 1,000 aggregates; reuses the events and handlers of scenario 6.
 */
package dev.herald.benchmarks.async;
