package dev.herald.jdbc;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wakes this process's projection trackers when a commit stored events, so that they read them at
 * once instead of at their next poll (events committed by other processes wait for the poll).
 */
final class AppendSignals {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  void add(Runnable listener) {
    listeners.add(listener);
  }

  void remove(Runnable listener) {
    listeners.remove(listener);
  }

  /** Called after a commit that stored events. */
  void appended() {
    for (Runnable listener : listeners) {
      listener.run();
    }
  }
}
