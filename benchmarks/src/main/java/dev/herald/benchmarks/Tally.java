package dev.herald.benchmarks;

import jakarta.inject.Inject;

/**
 * The state every benchmark handler writes to: a running sum of order totals, read back by the
 * benchmark so the JIT cannot drop a delivery as dead code.
 */
public final class Tally {

  /** A public field on purpose: the cheapest possible handler body is one add to it. */
  public long sum;

  @Inject
  public Tally() {}
}
