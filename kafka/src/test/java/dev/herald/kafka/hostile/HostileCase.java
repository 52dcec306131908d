package dev.herald.kafka.hostile;

import dev.herald.kafka.consume.RejectionReason;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the hostile corpus: a record and what must become of it.
 *
 * @param name the case, unique in the corpus
 * @param reason the rejection it must get, or {@code null} when it must be delivered
 * @param checks further expectations: {@code customerId=...} of a delivered event, {@code
 *     dropped=<header>}, {@code dropped-value}, {@code dropped-key} of a dead letter
 * @param record how the record is built
 */
public record HostileCase(
    String name, RejectionReason reason, Map<String, String> checks, RecordSpec record) {

  /** Whether the record must reach the sink. */
  public boolean delivered() {
    return reason == null;
  }

  /** The outcome as the corpus writes it. */
  public String outcome() {
    return delivered() ? "delivered" : reason.code();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Parses one line: {@code name | outcome [checks] | record}. */
  static HostileCase parse(String line) {
    String[] columns = line.split("\\|", 3);
    if (columns.length != 3) {
      throw new IllegalArgumentException("a case needs three columns: " + line);
    }
    String name = columns[0].strip();
    String[] outcome = columns[1].strip().split("\\s+");
    RejectionReason reason = null;
    if (!outcome[0].equals("delivered")) {
      for (RejectionReason candidate : RejectionReason.values()) {
        if (candidate.code().equals(outcome[0])) {
          reason = candidate;
        }
      }
      if (reason == null) {
        throw new IllegalArgumentException("unknown outcome '" + outcome[0] + "' in: " + line);
      }
    }
    Map<String, String> checks = new LinkedHashMap<>();
    for (int i = 1; i < outcome.length; i++) {
      int equals = outcome[i].indexOf('=');
      checks.put(
          equals < 0 ? outcome[i] : outcome[i].substring(0, equals),
          equals < 0 ? "" : outcome[i].substring(equals + 1));
    }
    return new HostileCase(name, reason, Map.copyOf(checks), RecordSpec.parse(columns[2]));
  }
}
