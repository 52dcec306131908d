package dev.herald.benchmarks.outbox;

/** The events of {@link PointsAccount}. */
public sealed interface PointsEvent permits Earned {}
