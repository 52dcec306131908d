package dev.herald.jdbc.support;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests (the module itself takes any DataSource): closing a
 * handed-out connection returns it, rolled back and in auto-commit mode, to the pool. Like a real
 * pool it bounds the connections it hands out and how long a borrower waits for one, and checks a
 * connection that sat idle before handing it out again (the database may have restarted meanwhile).
 */
final class SimplePool implements DataSource {

  private static final int MAX_CONNECTIONS = 40;
  private static final long WAIT_SECONDS = 5;
  private static final long VALIDATE_AFTER_IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final DataSource target;
  private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
  private final Semaphore permits = new Semaphore(MAX_CONNECTIONS, true);

  /** A pooled physical connection and when it was handed back. */
  private record Idle(Connection connection, long since) {}

  SimplePool(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new SQLTransientConnectionException(
            "No connection within " + WAIT_SECONDS + " s: all " + MAX_CONNECTIONS + " in use",
            "08001");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("Interrupted waiting for a connection", "08001");
    }
    try {
      return borrow();
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private Connection borrow() throws SQLException {
    Connection physical = null;
    for (Idle candidate = idle.pollFirst(); candidate != null; candidate = idle.pollFirst()) {
      if (usable(candidate)) {
        physical = candidate.connection();
        break;
      }
      closeQuietly(candidate.connection());
    }
    if (physical == null) {
      physical = target.getConnection();
    }
    Connection connection = physical;
    InvocationHandler handler =
        new InvocationHandler() {
          private boolean closed;

          @Override
          public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
              throws Throwable {
            switch (method.getName()) {
              case "close":
                if (!closed) {
                  closed = true;
                  giveBack(connection);
                }
                return null;
              case "isClosed":
                return closed || connection.isClosed();
              case "unwrap":
                return connection.unwrap((Class<?>) args[0]);
              default:
                if (closed) {
                  throw new SQLException("Connection is closed");
                }
                try {
                  return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
            }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static boolean usable(Idle candidate) {
    try {
      if (candidate.connection().isClosed()) {
        return false;
      }
      return System.nanoTime() - candidate.since() < VALIDATE_AFTER_IDLE_NANOS
          || candidate.connection().isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private void giveBack(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (idle.size() < 20) {
        idle.addFirst(new Idle(connection, System.nanoTime()));
      } else {
        connection.close();
      }
    } catch (SQLException e) {
      closeQuietly(connection);
    } finally {
      permits.release();
    }
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already broken
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials are in the URL");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
