package dev.herald.benchmarks.outbox;

import dev.herald.DomainEvent;

/** Points earned by a {@link PointsAccount}. */
@DomainEvent
public record Earned(String account, int points) implements PointsEvent {}
