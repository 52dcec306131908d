package com.mariopizzeria.loyalty;

import com.mariopizzeria.PizzeriaEventCodec;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.EventEnvelope;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loyalty accounts as streams of stored events, kept the way a database keeps them: each event as
 * its stored name and the JSON the generated codec writes, read back through the codec, which
 * upcasts the old till's version 1. In memory; an append checks the version the account was loaded
 * at, so two concurrent credits of one account cannot both win.
 */
@Singleton
public final class LoyaltyAccounts {

  /** One stored event. */
  private record Stored(UUID id, long sequence, Instant occurredAt, String typeName, String json) {}

  private final EventCodec codec = new PizzeriaEventCodec();
  private final Map<String, List<Stored>> streams = new HashMap<>();

  @Inject
  public LoyaltyAccounts() {}

  /** The customer's account rebuilt from its stored events; a new one when there are none. */
  public LoyaltyAccount load(String customer) {
    List<EventEnvelope> history = new ArrayList<>();
    for (Stored stored : streamOf(customer)) {
      history.add(
          new EventEnvelope(
              stored.id(),
              "LoyaltyAccount",
              customer,
              stored.sequence(),
              stored.occurredAt(),
              codec.decode(stored.typeName(), stored.json())));
    }
    LoyaltyAccount account = new LoyaltyAccount(customer);
    account.replay(history);
    return account;
  }

  /**
   * The commit step that appends the account's new events, then runs {@code next} (the outbox's
   * step, which stores their deliveries); the events are taken back when {@code next} fails.
   *
   * @throws ConcurrentModificationException from the step, when the account was saved since it was
   *     loaded
   */
  public CommitStep saving(LoyaltyAccount account, CommitStep next) {
    long loadedAt = account.committedVersion();
    return events -> {
      List<EventEnvelope> appended =
          events.events().stream()
              .filter(event -> account.id().equals(event.aggregateId()))
              .toList();
      append(account.id(), loadedAt, appended);
      try {
        next.commit(events);
      } catch (Exception | Error failed) {
        truncate(account.id(), loadedAt);
        throw failed;
      }
    };
  }

  /**
   * Stores points as the old till did: version 1 of the event, stored under the bare name, as
   * events stored before versions existed are.
   */
  public synchronized void importFromOldTill(String customer, int points) {
    List<Stored> stream = streams.computeIfAbsent(customer, key -> new ArrayList<>());
    PointsEarnedV1 old = new PointsEarnedV1(customer, points);
    stream.add(
        new Stored(
            UUID.randomUUID(),
            stream.size() + 1,
            Instant.now(),
            codec.typeName(PointsEarnedV1.class),
            codec.encode(old)));
  }

  /** The stored names of the customer's events, in order, as a database would list them. */
  public synchronized List<String> storedNames(String customer) {
    return streamOf(customer).stream().map(Stored::typeName).toList();
  }

  /** The customers with an account, sorted. */
  public synchronized List<String> customers() {
    return streams.keySet().stream().sorted().toList();
  }

  private synchronized List<Stored> streamOf(String customer) {
    return List.copyOf(streams.getOrDefault(customer, List.of()));
  }

  private synchronized void append(String customer, long loadedAt, List<EventEnvelope> events) {
    List<Stored> stream = streams.computeIfAbsent(customer, key -> new ArrayList<>());
    if (stream.size() != loadedAt) {
      throw new ConcurrentModificationException(
          "The loyalty account of "
              + customer
              + " is at version "
              + stream.size()
              + ", not at "
              + loadedAt
              + " where it was loaded");
    }
    for (EventEnvelope event : events) {
      stream.add(
          new Stored(
              event.eventId(),
              event.sequence(),
              event.occurredAt(),
              codec.typeName(event.event().getClass()),
              codec.encode(event.event())));
    }
  }

  private synchronized void truncate(String customer, long version) {
    List<Stored> stream = streams.get(customer);
    if (stream != null) {
      stream.subList((int) version, stream.size()).clear();
    }
  }
}
