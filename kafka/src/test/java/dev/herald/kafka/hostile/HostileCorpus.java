package dev.herald.kafka.hostile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hostile-input corpus of the Kafka consumer, read from {@code hostile/kafka-consumer.cases}:
 * every defect found in the consumer adds a row there, and the corpus never shrinks.
 */
public final class HostileCorpus {

  /** The resource holding the cases. */
  public static final String RESOURCE = "/hostile/kafka-consumer.cases";

  /** The fewest cases the corpus may hold: it only grows. */
  public static final int MINIMUM_SIZE = 99;

  private HostileCorpus() {}

  /** Every case, in file order. */
  public static List<HostileCase> cases() {
    List<HostileCase> cases = new ArrayList<>();
    Set<String> names = new HashSet<>();
    try (InputStream in = HostileCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        HostileCase c;
        try {
          c = HostileCase.parse(line);
        } catch (RuntimeException e) {
          throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": " + e.getMessage(), e);
        }
        if (!names.add(c.name())) {
          throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": case name used twice");
        }
        cases.add(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
