/**
 * Scenario 2: one event type, five handlers (one class each, as Herald allows one handler per event
 * type and phase in a class); the floor calls the five methods by hand.
 */
package dev.herald.benchmarks.fanout;
