package dev.herald.runtime.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile-input corpus ({@code codec-corpus/cases.txt}) decodes or is rejected
 * with its reason, within a generous time bound, with a short message, and leaves the codec able to
 * decode the next good payload.
 */
class HostileInputCorpusTest {

  /** A safety bound, not a measurement: each case takes milliseconds; a CPU bomb takes minutes. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /** The longest message a rejection may have: the path, the reason and a quoted excerpt. */
  private static final int MAX_MESSAGE = 700;

  private static final String GOOD = "{\"label\":\"after\",\"children\":[]}";

  private static final EventCodec CODEC = new CorpusCodec();

  static List<CorpusCase> cases() {
    return CorpusCase.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseHasItsOutcomeInTime(CorpusCase corpusCase) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          if (corpusCase.rejection() == null) {
            Object event = CODEC.decode(corpusCase.typeName(), corpusCase.json());
            // What was accepted is written back as JSON that reads back the same.
            String json = CODEC.encode(event);
            assertEquals(json, CODEC.encode(CODEC.decode(corpusCase.typeName(), json)));
          } else {
            EventDecodingException e =
                assertThrows(
                    EventDecodingException.class,
                    () -> CODEC.decode(corpusCase.typeName(), corpusCase.json()));
            assertTrue(
                e.getMessage().contains(corpusCase.rejection()),
                () -> "expected \"" + corpusCase.rejection() + "\" in: " + e.getMessage());
            assertTrue(
                e.getMessage().length() <= MAX_MESSAGE,
                () -> e.getMessage().length() + " characters: " + e.getMessage());
          }
        });
    assertEquals(new Payloads.Tree("after", List.of()), CODEC.decode("test.tree.grown.v1", GOOD));
  }

  @Test
  void theCorpusCoversEveryClassOfInput() {
    List<CorpusCase> cases = cases();
    assertTrue(cases.size() >= 70, "the corpus never shrinks: " + cases.size());
    assertTrue(cases.stream().anyMatch(c -> c.rejection() == null));
  }
}
