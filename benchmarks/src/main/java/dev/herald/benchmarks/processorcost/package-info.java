/**
 * What the Herald processor adds to a build: a generated corpus of event records and handler
 * methods compiled by the same {@code javac} with the same flags, with and without the processor,
 * several times in fresh processes. Not JMH: the unit measured is one whole compiler run.
 */
package dev.herald.benchmarks.processorcost;
