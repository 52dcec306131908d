package dev.herald.jdbc.schema;

import java.util.regex.Pattern;

/**
 * The names of herald-jdbc's tables, derived from one configurable prefix so that several services
 * (or tests) can share a database schema.
 *
 * @param prefix the prefix, e.g. {@code herald_} or {@code billing.herald_}
 */
public record OutboxTables(String prefix) {

  /** The prefix used when none is configured. */
  public static final String DEFAULT_PREFIX = "herald_";

  // A prefix ends up verbatim in SQL, so only plain identifiers (optionally schema-qualified) pass.
  private static final Pattern VALID_PREFIX =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*");

  public OutboxTables {
    if (prefix == null || !VALID_PREFIX.matcher(prefix).matches() || prefix.length() > 40) {
      throw new IllegalArgumentException(
          "Invalid table prefix '"
              + prefix
              + "': use letters, digits and underscores"
              + " (at most 40, optionally after 'schema.'), e.g. 'herald_'");
    }
  }

  /** The tables with the default prefix {@code herald_}. */
  public static OutboxTables defaults() {
    return new OutboxTables(DEFAULT_PREFIX);
  }

  /** One row per committed event: its stored JSON and where it came from. */
  public String events() {
    return prefix + "events";
  }

  /** One row per (event, after-commit route): pending, done or dead-lettered, with its lease. */
  public String deliveries() {
    return prefix + "deliveries";
  }

  /** One row per (handler, event) a handler processed through the inbox. */
  public String inbox() {
    return prefix + "inbox";
  }

  /** One row per projection tracker: its durable position in the events, and its owner. */
  public String trackers() {
    return prefix + "trackers";
  }

  /** One row per (tracker, event) a projection tracker could not process. */
  public String trackerDeadLetters() {
    return prefix + "tracker_dead_letters";
  }

  /** The latest snapshot of each event-sourced aggregate that has one. */
  public String snapshots() {
    return prefix + "snapshots";
  }

  /**
   * H2 only: one row that every transaction storing events locks first, so that H2 commits them in
   * the order of their positions.
   */
  public String appendLock() {
    return prefix + "append_lock";
  }

  /** The bare name (without schema) used to build index names. */
  String indexBase() {
    int dot = prefix.indexOf('.');
    return dot < 0 ? prefix : prefix.substring(dot + 1);
  }

  /** The schema part of the prefix including its dot, or empty. */
  String schemaPart() {
    int dot = prefix.indexOf('.');
    return dot < 0 ? "" : prefix.substring(0, dot + 1);
  }
}
