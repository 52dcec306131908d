/**
 * Scenario 3: a handler declared on an interface the event implements (polymorphic delivery); the
 * floor calls it through the interface type by hand.
 */
package dev.herald.benchmarks.polymorphic;
