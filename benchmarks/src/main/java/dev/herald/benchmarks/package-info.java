/**
 * JMH benchmarks that put Herald's generated dispatch side by side with a direct method call and
 * the event buses users would pick instead; one subpackage per scenario of issue 6, each holding
 * that scenario's event, its handlers for every contender, and the benchmark.
 */
package dev.herald.benchmarks;
