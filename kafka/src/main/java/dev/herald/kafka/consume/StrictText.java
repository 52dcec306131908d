package dev.herald.kafka.consume;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes bytes to text refusing malformed or unmappable input, never replacing it: two different
 * byte strings never become the same text, so two events can never share an id by accident.
 */
final class StrictText {

  private static final int MAX_QUOTED_BYTES = 32;

  private StrictText() {}

  /**
   * The text the bytes spell in the charset.
   *
   * @throws CharacterCodingException when they are not valid in it
   */
  static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * Where the bytes stop being valid in the charset, for a message: the offset and the offending
   * bytes in hex.
   */
  static String firstInvalid(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, 2L * bytes.length + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (!result.isError()) {
      return "no invalid bytes";
    }
    int offset = in.position();
    int length = Math.min(result.length(), MAX_QUOTED_BYTES);
    return "bytes "
        + HexFormat.ofDelimiter(" ").formatHex(bytes, offset, offset + length)
        + " at offset "
        + offset
        + " of "
        + bytes.length;
  }
}
