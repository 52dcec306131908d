/**
 * Test fixtures for Herald applications, reporting failures as {@link java.lang.AssertionError} so
 * that they work with any test framework, and using no reflection.
 *
 * <ul>
 *   <li>{@link dev.herald.test.AggregateFixture}: given an aggregate, when a command runs, expect
 *       the events it raised, an exception, or a state.
 *   <li>{@link dev.herald.test.EventRecorder}: a subscriber that records what the bus delivered.
 *   <li>{@link dev.herald.test.Scenario}: stimulate the application, then wait for an event to
 *       arrive or a state to change.
 *   <li>{@link dev.herald.test.DeliveryProbe}: a delivery listener that shows which after-commit
 *       handlers ran, failed or were dead-lettered.
 *   <li>{@link dev.herald.test.HeraldTestBus}: a bus with all of the above wired in.
 * </ul>
 */
package dev.herald.test;
