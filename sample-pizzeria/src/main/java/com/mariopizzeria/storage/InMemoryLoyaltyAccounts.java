package com.mariopizzeria.storage;

import com.mariopizzeria.PizzeriaEventCodec;
import com.mariopizzeria.loyalty.LoyaltyAccount;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.loyalty.PointsEarnedV1;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.spi.CommitStep;
import dev.herald.runtime.spi.EventEnvelope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loyalty accounts without a database, kept the way one keeps them: each event as its stored name
 * and the JSON the generated codec writes, read back through the codec, which upcasts the old
 * till's version 1. An append checks the version the account was loaded at, so two concurrent
 * credits of one account cannot both win.
 */
public final class InMemoryLoyaltyAccounts implements LoyaltyAccounts {

  /** One stored event. */
  private record Stored(UUID id, long sequence, Instant occurredAt, String typeName, String json) {}

  private final EventCodec codec = new PizzeriaEventCodec();
  private final Map<String, List<Stored>> streams = new HashMap<>();

  private final CommitStep next;

  /**
   * @param next what commits the unit of work's deliveries after the account's events are appended
   *     (nothing, in memory); the events are taken back when it fails
   */
  public InMemoryLoyaltyAccounts(CommitStep next) {
    this.next = next;
  }

  @Override
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
   * {@inheritDoc}
   *
   * @throws ConcurrentModificationException from the step, when the account was saved since it was
   *     loaded
   */
  @Override
  public CommitStep saving(LoyaltyAccount account) {
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

  @Override
  public synchronized void importFromOldTill(String customer, int points) {
    List<Stored> stream = streams.computeIfAbsent(customer, key -> new ArrayList<>());
    if (!stream.isEmpty()) {
      return;
    }
    PointsEarnedV1 old = new PointsEarnedV1(customer, points);
    stream.add(
        new Stored(
            UUID.randomUUID(),
            stream.size() + 1,
            Instant.now(),
            codec.typeName(PointsEarnedV1.class),
            codec.encode(old)));
  }

  @Override
  public synchronized List<String> storedNames(String customer) {
    return streamOf(customer).stream().map(Stored::typeName).toList();
  }

  @Override
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
