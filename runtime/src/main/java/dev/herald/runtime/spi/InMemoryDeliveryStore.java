package dev.herald.runtime.spi;

import dev.herald.runtime.DeadLetter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The default delivery store: keeps dead letters in memory, in the order they were parked, and
 * nothing else, since in-memory delivery state dies with the process anyway.
 */
public final class InMemoryDeliveryStore implements DeliveryStore {

  private record Key(UUID eventId, String routeId) {}

  private final Map<Key, DeadLetter> deadLetters = new LinkedHashMap<>();

  @Override
  public void delivered(Delivery delivery) {}

  @Override
  public void retrying(
      Delivery delivery, int failedAttempt, Throwable failure, Instant nextAttemptAt) {}

  @Override
  public synchronized void deadLettered(DeadLetter deadLetter) {
    Objects.requireNonNull(deadLetter, "deadLetter");
    Key key = new Key(deadLetter.delivery().envelope().eventId(), deadLetter.delivery().routeId());
    deadLetters.remove(key);
    deadLetters.put(key, deadLetter);
  }

  @Override
  public synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(deadLetters.values());
  }

  @Override
  public synchronized Optional<DeadLetter> takeDeadLetter(UUID eventId, String routeId) {
    return Optional.ofNullable(
        deadLetters.remove(
            new Key(
                Objects.requireNonNull(eventId, "eventId"),
                Objects.requireNonNull(routeId, "routeId"))));
  }
}
