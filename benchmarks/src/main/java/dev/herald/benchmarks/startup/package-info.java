/**
 * Scenario 5: cold start. Each benchmark builds a bus (or container), registers the 200 handlers of
 * the large table and delivers one event, once, in a fresh JVM: run it in single-shot mode with
 * several forks and no warm-up, as {@code benchmarks/run.sh} does.
 */
package dev.herald.benchmarks.startup;
