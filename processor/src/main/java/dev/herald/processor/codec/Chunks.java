package dev.herald.processor.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits long generated lists into parts of at most {@link #SIZE}, each given its own method when
 * there are several, so that no generated method nears HotSpot's 8,000-byte compile limit or the
 * JVM's 64 KB.
 */
final class Chunks {

  /** The most declarations or switch cases of one generated method. */
  static final int SIZE = 100;

  private Chunks() {}

  /** {@code items} in parts of at most {@link #SIZE}, in order. */
  static <T> List<List<T>> of(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += SIZE) {
      chunks.add(items.subList(from, Math.min(items.size(), from + SIZE)));
    }
    return chunks;
  }
}
