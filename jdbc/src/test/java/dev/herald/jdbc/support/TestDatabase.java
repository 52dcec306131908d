package dev.herald.jdbc.support;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The two databases the tests run against, each handing out a fresh, empty database. */
public enum TestDatabase {
  H2 {
    @Override
    public String newUrl(String hint) {
      // DB_CLOSE_DELAY keeps the in-memory database while no connection is open.
      return "jdbc:h2:mem:" + hint + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }
  },
  POSTGRESQL {
    @Override
    public String newUrl(String hint) {
      return PostgresServer.get().createDatabase(hint);
    }
  };

  /** A JDBC URL of a new, empty database. */
  public abstract String newUrl(String hint);

  /** A pooled data source over a new, empty database. */
  public DataSource newDataSource(String hint) {
    return dataSource(newUrl(hint));
  }

  /** A pooled data source over the given URL (H2 or PostgreSQL). */
  public static DataSource dataSource(String url) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      return new SimplePool(h2);
    }
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(url);
    return new SimplePool(postgres);
  }
}
