/**
 * A small, strict JSON writer and reader for the event codecs the Herald processor generates: the
 * generated code calls these classes with plain method calls, so no record is ever read or built by
 * reflection.
 *
 * <p>Decisions the generated codecs rely on:
 *
 * <ul>
 *   <li>The reader accepts exactly RFC 8259 (no comments, trailing commas, leading zeros, {@code
 *       NaN}, single quotes), rejects duplicate member names, and bounds nesting depth and document
 *       length, so a hostile message costs at most a bounded parse.
 *   <li>Numbers keep their source text; each accessor converts it exactly or fails, so a {@code
 *       long} or a {@code BigDecimal} never passes through a {@code double}.
 *   <li>Unknown members of an object are ignored, so a consumer keeps reading events that a newer
 *       producer extended with fields; a missing required member is an error naming it.
 *   <li>Every decoding failure is a {@link dev.herald.runtime.json.JsonDecodingException} whose
 *       message carries the JSON path and the offset, e.g. {@code $.items[2].size: expected a
 *       string, found number at offset 57}.
 * </ul>
 */
package dev.herald.runtime.json;
