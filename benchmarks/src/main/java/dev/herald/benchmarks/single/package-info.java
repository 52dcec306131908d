/**
 * Scenario 1: one event type, one handler. {@link dev.herald.benchmarks.single.HeraldKitchen#on}
 * called directly is the floor every contender is compared with.
 */
package dev.herald.benchmarks.single;
