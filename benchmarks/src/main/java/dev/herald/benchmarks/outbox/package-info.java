/**
 * Throughput and latency of the JDBC outbox (issue 4): units of work committed and delivered
 * through {@code herald-jdbc} on H2 and PostgreSQL, beside the raw batched INSERT rate of the same
 * database in the same run. A harness with its own timing ({@link
 * dev.herald.benchmarks.outbox.OutboxThroughput}), not JMH: each measurement needs a database
 * server and waits for deliveries on other threads.
 */
package dev.herald.benchmarks.outbox;
