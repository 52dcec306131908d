package dev.herald.jdbc;

import java.sql.Connection;

/**
 * Hands a projection's {@code @Handles} methods the connection of the tracker batch that calls
 * them, so that the projection's writes commit in the same transaction as the tracker's position:
 * after a crash, the batch is either wholly recorded or wholly repeated, never half.
 *
 * <pre>{@code
 * @Singleton
 * public final class SalesReport {
 *   private final ProjectionTransaction transaction;   // the one given to the tracker's builder
 *
 *   @Handles
 *   public void on(OrderConfirmed event) throws SQLException {
 *     try (PreparedStatement add = transaction.connection().prepareStatement(
 *         "UPDATE sales SET cents = cents + ? WHERE day = ?")) { ... }
 *   }
 * }
 * }</pre>
 *
 * The projection must neither commit, roll back nor close that connection.
 */
public final class ProjectionTransaction {

  // One per projection, not global: each tracker binds the connection of its own batches.
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  /**
   * The connection of the batch calling the projection on this thread.
   *
   * @throws IllegalStateException when no tracker batch runs on this thread: the method was called
   *     by something else than the projection's tracker (e.g. a bus that still routes to it)
   */
  public Connection connection() {
    Connection connection = current.get();
    if (connection == null) {
      throw new IllegalStateException(
          "No projection tracker batch runs on this thread: ProjectionTransaction.connection() is"
              + " for the @Handles methods of a tracked projection, called by its"
              + " ProjectionTracker (is the projection still routed by the bus? build the bus"
              + " with LiveTables.without(tables, projectionClass))");
    }
    return connection;
  }

  void bind(Connection connection) {
    current.set(connection);
  }

  void unbind() {
    current.remove();
  }
}
