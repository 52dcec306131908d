package dev.herald.jdbc.schema;

import java.util.Locale;

/** The databases herald-jdbc speaks to, each with the SQL details that differ between them. */
public enum Dialect {

  /**
   * H2 2.x, in memory only (tests, demos): claims rows with a conditional {@code UPDATE ... WHERE
   * claimed_until <= now}, which H2 re-checks after waiting for a concurrent writer's row lock. As
   * a file database H2 tears transactions when several threads commit at once, so it is refused
   * there (see {@code dev.herald.jdbc.DatabaseCheck}).
   */
  H2("CHARACTER VARYING", "UUID", "TIMESTAMP WITH TIME ZONE", false, ""),

  /** PostgreSQL 12 or later: claims rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}. */
  POSTGRESQL("TEXT", "UUID", "TIMESTAMP WITH TIME ZONE", true, " ON CONFLICT DO NOTHING"),

  /**
   * SQLite 3.35 or later in WAL mode, the embedded durable store: one writer at a time (the outbox
   * serializes its own write transactions, {@code busy_timeout} makes other writers wait), claims
   * by a conditional {@code UPDATE} inside that one write transaction, no {@code SKIP LOCKED}. Ids
   * are stored as text and timestamps as fixed-width ISO-8601 UTC text, which sorts as time does.
   */
  SQLITE("TEXT", "CHAR(36)", "CHAR(27)", true, " ON CONFLICT DO NOTHING");

  private final String textType;
  private final String uuidType;
  private final String timestampType;
  private final boolean partialIndexes;
  private final String ignoreDuplicate;

  Dialect(
      String textType,
      String uuidType,
      String timestampType,
      boolean partialIndexes,
      String ignoreDuplicate) {
    this.textType = textType;
    this.uuidType = uuidType;
    this.timestampType = timestampType;
    this.partialIndexes = partialIndexes;
    this.ignoreDuplicate = ignoreDuplicate;
  }

  /** The column type for unbounded text (JSON payloads, error messages). */
  public String textType() {
    return textType;
  }

  /** The column type of event ids. */
  public String uuidType() {
    return uuidType;
  }

  /** The column type of instants. */
  public String timestampType() {
    return timestampType;
  }

  /** Whether indexes can be restricted to the rows the relay looks at. */
  public boolean partialIndexes() {
    return partialIndexes;
  }

  /**
   * What to append to an {@code INSERT} so that a duplicate key counts 0 rows instead of failing;
   * empty for H2, whose failed statement leaves the transaction usable instead.
   */
  public String ignoreDuplicate() {
    return ignoreDuplicate;
  }

  /**
   * Whether concurrent claimers lock the candidate rows ({@code FOR UPDATE SKIP LOCKED}) rather
   * than claim each with a conditional update.
   */
  public boolean locksCandidates() {
    return this == POSTGRESQL;
  }

  /** Whether the database takes one writer at a time, so the outbox queues its own writers. */
  public boolean singleWriter() {
    return this == SQLITE;
  }

  /**
   * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
   *
   * @throws IllegalArgumentException for a database herald-jdbc does not support
   */
  public static Dialect forProductName(String productName) {
    String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (name.startsWith("h2")) {
      return H2;
    }
    if (name.startsWith("postgresql")) {
      return POSTGRESQL;
    }
    if (name.startsWith("sqlite")) {
      return SQLITE;
    }
    throw new IllegalArgumentException(
        "Unsupported database '"
            + productName
            + "': herald-jdbc supports PostgreSQL, SQLite (embedded) and H2 in memory");
  }
}
