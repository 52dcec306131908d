/**
 * The JSON side of event records: {@link dev.herald.processor.codec.JsonShapes} reads each record
 * component's Java type once and decides its JSON form (or the rule it breaks), and {@link
 * dev.herald.processor.codec.CodecMembers} writes the compilation's codec from the model: a schema
 * of declarations for the runtime's {@code JsonSchema} and two switches over the records'
 * constructors and accessors.
 */
package dev.herald.processor.codec;
