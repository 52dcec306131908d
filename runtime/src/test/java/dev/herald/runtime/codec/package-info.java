/**
 * Tests of the generated-codec contract through a codec written as the processor generates one: the
 * hostile-input corpus and a bounded fuzz run.
 */
package dev.herald.runtime.codec;
