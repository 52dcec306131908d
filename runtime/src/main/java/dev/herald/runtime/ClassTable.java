package dev.herald.runtime;

/**
 * A value per class, resolved on first use and kept in an open-addressing table keyed by the
 * class's identity: a lookup is one identity hash and, mostly, one comparison. It holds the routes
 * of each event class a bus has met, and each aggregate class's type name. A {@link ClassValue} did
 * the same job with several dependent loads and a version check, a third of a synchronous
 * publication when profiled at application size.
 *
 * <p>Readers never lock. A class met for the first time is resolved under the lock and added to a
 * copy of the table, which is then published whole, so a reader sees either the old table or the
 * new one. Subclasses say how a class is resolved (a subclass rather than a lambda: the first
 * lambda of a JVM starts its lambda machinery, milliseconds of a cold start).
 */
abstract class ClassTable<V> {

  /**
   * Beyond this many classes, a new class is resolved on every lookup instead of kept: a table must
   * not hold on to an unbounded number of classes, and their class loaders, for an application that
   * makes classes at run time.
   */
  static final int MAX_TYPES = 1 << 14;

  /** One published state of the table; never changed after publication. */
  private static final class Table {
    final Class<?>[] types;
    final Object[] values;
    final int size;

    Table(int capacity, int size) {
      this.types = new Class<?>[capacity];
      this.values = new Object[capacity];
      this.size = size;
    }
  }

  private final int maxTypes;
  private volatile Table table = new Table(64, 0);

  /** A table that resolves each class once. */
  ClassTable() {
    this(MAX_TYPES);
  }

  /** A table that keeps at most {@code maxTypes} classes; for tests of the limit. */
  ClassTable(int maxTypes) {
    this.maxTypes = maxTypes;
  }

  /** The value of a class met for the first time; called once per class, under the lock. */
  abstract V resolve(Class<?> type);

  /** The value of the class, resolved on first use. */
  @SuppressWarnings("unchecked") // values[i] was resolved for types[i]
  V get(Class<?> type) {
    Table current = table;
    int found = indexOf(current, type);
    return found >= 0 ? (V) current.values[found] : add(type);
  }

  @SuppressWarnings("unchecked") // values[i] was resolved for types[i]
  private synchronized V add(Class<?> type) {
    Table current = table;
    int found = indexOf(current, type);
    if (found >= 0) {
      return (V) current.values[found];
    }
    V value = resolve(type);
    if (current.size >= maxTypes) {
      return value;
    }
    // At most half full, so that a probe ends after a step or two.
    int capacity = current.types.length;
    while ((current.size + 1) * 2 > capacity) {
      capacity *= 2;
    }
    Table next = new Table(capacity, current.size + 1);
    for (int k = 0; k < current.types.length; k++) {
      if (current.types[k] != null) {
        put(next, current.types[k], current.values[k]);
      }
    }
    put(next, type, value);
    table = next;
    return value;
  }

  /**
   * The class's identity hash, spread: an intrinsic that reads the object header, where the name's
   * hash takes three dependent loads.
   */
  private static int hash(Class<?> type) {
    int h = System.identityHashCode(type);
    return h ^ (h >>> 16);
  }

  private static int indexOf(Table table, Class<?> type) {
    int mask = table.types.length - 1;
    for (int i = hash(type) & mask; table.types[i] != null; i = (i + 1) & mask) {
      if (table.types[i] == type) {
        return i;
      }
    }
    return -1;
  }

  private static void put(Table table, Class<?> type, Object value) {
    int mask = table.types.length - 1;
    int i = hash(type) & mask;
    while (table.types[i] != null) {
      i = (i + 1) & mask;
    }
    table.types[i] = type;
    table.values[i] = value;
  }
}
