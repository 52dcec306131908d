package dev.herald.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's logger: SLF4J, the facade of every Herald module (and of Kafka's clients), so that
 * an application's Logback or Log4j setup receives the runtime's reports with its own; looked up on
 * first use, so that a bus that never has anything to report never starts a backend.
 */
final class Log {

  private Log() {}

  /** Initialised on the first report only (the holder idiom): starting a bus logs nothing. */
  private static final class Holder {
    static final Logger LOGGER = LoggerFactory.getLogger(EventBus.class);
  }

  /**
   * Whether the level is on, to skip building a message nobody reads. The levels are the JDK's
   * {@link System.Logger.Level}, which callers already name; SLF4J has no level type of its own.
   */
  static boolean isLoggable(System.Logger.Level level) {
    return switch (level) {
      case ALL, TRACE -> Holder.LOGGER.isTraceEnabled();
      case DEBUG -> Holder.LOGGER.isDebugEnabled();
      case INFO -> Holder.LOGGER.isInfoEnabled();
      case WARNING -> Holder.LOGGER.isWarnEnabled();
      case ERROR -> Holder.LOGGER.isErrorEnabled();
      case OFF -> false;
    };
  }

  static void error(String message, Throwable failure) {
    Holder.LOGGER.error(message, failure);
  }

  static void warn(String message, Throwable failure) {
    Holder.LOGGER.warn(message, failure);
  }

  static void warn(String message) {
    Holder.LOGGER.warn(message);
  }
}
