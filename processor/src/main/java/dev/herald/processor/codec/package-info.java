/**
 * The generated JSON codec of event records: which component types it can serialize ({@link
 * dev.herald.processor.codec.JsonCompatibility}), the {@code EventCodec} source that reads and
 * writes them with plain calls into {@code dev.herald.runtime.json} ({@link
 * dev.herald.processor.codec.EventCodecWriter}), and the machine-readable list of a service's
 * integration events ({@link dev.herald.processor.codec.IntegrationContractWriter}).
 *
 * <p>The three share one reading of a Java type as JSON, {@link
 * dev.herald.processor.codec.JsonShapes}, so that a type the check accepts is one the writer can
 * generate code for and the contract can describe.
 */
package dev.herald.processor.codec;
