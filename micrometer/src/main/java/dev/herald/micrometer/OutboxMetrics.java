package dev.herald.micrometer;

import dev.herald.jdbc.JdbcOutbox;
import dev.herald.jdbc.OutboxBacklog;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Meters a herald-jdbc outbox, tagged with its name ({@value #OUTBOX_TAG}): the deliveries still
 * pending and the relay's lag, the age of the oldest one. Both gauges come from one {@link
 * JdbcOutbox#backlog()} query, made when a registry reads them and reused for {@link
 * #DEFAULT_CACHE} (so a scrape of both makes one query); nothing runs on the publish path.
 *
 * <pre>{@code
 * new OutboxMetrics(outbox, "orders").bindTo(registry);
 * }</pre>
 *
 * <p>While the database cannot be read both gauges are {@code NaN}, and the failure is logged once
 * until a read succeeds again.
 */
public final class OutboxMetrics implements MeterBinder {

  /** Gauge: deliveries not yet done (in flight, waiting for a retry or for a relay). */
  public static final String PENDING = "herald.outbox.pending";

  /** Gauge, in seconds: how long the oldest pending delivery has waited since its commit. */
  public static final String LAG = "herald.outbox.lag";

  /** The tag of the outbox's name. */
  public static final String OUTBOX_TAG = "outbox";

  /** How long one reading serves the gauges: shorter than any scrape interval. */
  public static final Duration DEFAULT_CACHE = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(OutboxMetrics.class.getName());

  private final String name;
  private final Supplier<OutboxBacklog> backlog;
  private final long cacheNanos;
  private volatile Clock clock = Clock.SYSTEM;

  /** Guarded by {@code this}; null before the first read. */
  private Reading last;

  private boolean failing;

  /** Meters the outbox under its table prefix without the trailing underscore, e.g. "herald". */
  public OutboxMetrics(JdbcOutbox outbox) {
    this(outbox, defaultName(outbox));
  }

  /**
   * Meters the outbox under the given name, which tells a service's outboxes apart (keep it to a
   * handful of fixed values, never an id).
   */
  public OutboxMetrics(JdbcOutbox outbox, String name) {
    this(outbox, name, DEFAULT_CACHE);
  }

  /**
   * As {@link #OutboxMetrics(JdbcOutbox, String)}, reusing a reading for {@code cacheFor} instead
   * of {@link #DEFAULT_CACHE}; {@link Duration#ZERO} queries on every gauge read.
   */
  public OutboxMetrics(JdbcOutbox outbox, String name, Duration cacheFor) {
    this(name, Objects.requireNonNull(outbox, "outbox")::backlog, cacheFor);
  }

  OutboxMetrics(String name, Supplier<OutboxBacklog> backlog, Duration cacheFor) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "Invalid outbox name '" + name + "': give a short fixed name, e.g. \"orders\"");
    }
    if (cacheFor == null || cacheFor.isNegative()) {
      throw new IllegalArgumentException(
          "Invalid cache duration " + cacheFor + ": give 0 or more, e.g. 1 s");
    }
    this.name = name;
    this.backlog = backlog;
    this.cacheNanos = cacheFor.toNanos();
  }

  private static String defaultName(JdbcOutbox outbox) {
    String prefix = outbox.tables().prefix();
    String trimmed = prefix.endsWith("_") ? prefix.substring(0, prefix.length() - 1) : prefix;
    return trimmed.isEmpty() ? prefix : trimmed;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    clock = registry.config().clock();
    Tags tags = Tags.of(OUTBOX_TAG, name);
    // Strong references: the binder is usually not kept by the application, and a gauge holds its
    // object weakly by default, which would turn both gauges into NaN after a collection.
    Gauge.builder(PENDING, this, metrics -> metrics.reading().pending())
        .description("Outbox deliveries not yet done: in flight, waiting for a retry or a relay")
        .tags(tags)
        .strongReference(true)
        .register(registry);
    Gauge.builder(LAG, this, metrics -> metrics.reading().lagSeconds())
        .description("Seconds the oldest pending outbox delivery has waited since its commit")
        .baseUnit("seconds")
        .tags(tags)
        .strongReference(true)
        .register(registry);
  }

  /** The last reading while it is fresh, else a new one from one query. */
  synchronized Reading reading() {
    long now = clock.monotonicTime();
    if (last == null || now - last.readAtNanos() >= cacheNanos) {
      last = read(now);
    }
    return last;
  }

  private Reading read(long now) {
    try {
      OutboxBacklog current = backlog.get();
      failing = false;
      return new Reading(now, current.pending(), current.lag().toNanos() / 1e9);
    } catch (RuntimeException e) {
      if (!failing) {
        failing = true;
        LOG.log(
            System.Logger.Level.WARNING,
            "Outbox '" + name + "' backlog cannot be read; its gauges are NaN until it can",
            e);
      }
      return new Reading(now, Double.NaN, Double.NaN);
    }
  }

  /** One backlog reading as the gauges report it. */
  record Reading(long readAtNanos, double pending, double lagSeconds) {}
}
