package dev.herald.jdbc;

import java.sql.Connection;

/**
 * Application code that runs inside a transaction herald-jdbc opened: it writes through the given
 * connection and must neither commit, roll back nor close it.
 */
@FunctionalInterface
public interface ConnectionWork {

  /**
   * Does the work.
   *
   * @throws Exception to roll the whole transaction back
   */
  void run(Connection connection) throws Exception;
}
