package dev.herald.runtime;

/**
 * The runtime's logger: the JDK's {@link System.Logger}, so the runtime needs no logging library,
 * looked up on first use, so that a bus that never has anything to report never starts a backend.
 */
final class Log {

  private Log() {}

  /** Initialised on the first report only (the holder idiom): starting a bus logs nothing. */
  private static final class Holder {
    static final System.Logger LOGGER = System.getLogger(EventBus.class.getName());
  }

  static boolean isLoggable(System.Logger.Level level) {
    return Holder.LOGGER.isLoggable(level);
  }

  static void error(String message, Throwable failure) {
    Holder.LOGGER.log(System.Logger.Level.ERROR, message, failure);
  }

  static void warn(String message, Throwable failure) {
    Holder.LOGGER.log(System.Logger.Level.WARNING, message, failure);
  }

  static void warn(String message) {
    Holder.LOGGER.log(System.Logger.Level.WARNING, message);
  }
}
