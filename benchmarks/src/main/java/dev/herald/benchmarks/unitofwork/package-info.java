/**
 * Scenario 6: an aggregate raises three events and a unit of work commits them in memory, with
 * AFTER_COMMIT handlers delivered synchronously; the floor is the same done by hand (a list of
 * events, then direct calls). Scenario 7 reuses these events and handlers.
 */
package dev.herald.benchmarks.unitofwork;
