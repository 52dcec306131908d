/** The generated JSON codec against jackson-databind on one ~400-byte integration event. */
package dev.herald.benchmarks.codec;
