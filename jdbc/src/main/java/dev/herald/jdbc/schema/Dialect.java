package dev.herald.jdbc.schema;

import java.util.Locale;

/** The databases herald-jdbc speaks to, each with the SQL details that differ between them. */
public enum Dialect {

  /**
   * H2 2.x: claims rows with a conditional {@code UPDATE ... WHERE claimed_until <= now}, which H2
   * re-checks after waiting for a concurrent writer's row lock, so only one relay gets each row.
   */
  H2("CHARACTER VARYING", false),

  /** PostgreSQL 12 or later: claims rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}. */
  POSTGRESQL("TEXT", true);

  private final String textType;
  private final boolean partialIndexes;

  Dialect(String textType, boolean partialIndexes) {
    this.textType = textType;
    this.partialIndexes = partialIndexes;
  }

  /** The column type for unbounded text (JSON payloads, error messages). */
  public String textType() {
    return textType;
  }

  /** Whether indexes can be restricted to the rows the relay looks at. */
  public boolean partialIndexes() {
    return partialIndexes;
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
    throw new IllegalArgumentException(
        "Unsupported database '" + productName + "': herald-jdbc supports H2 and PostgreSQL");
  }
}
