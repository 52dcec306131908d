package dev.herald.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The deliveries of one aggregate to one target, run one at a time in sequence order: a later event
 * waits while an earlier one runs or waits for its retry. A lane leaves its target's map when it
 * runs empty, so idle aggregates cost nothing.
 */
final class Lane {

  /** {@link #offer} results. */
  static final int START = 0;

  static final int QUEUED = 1;
  static final int RETIRED = 2;

  final String aggregateId;

  /** Created only when a second delivery arrives: most lanes hold one delivery and retire. */
  private ArrayDeque<DeliveryTask> waiting;

  private DeliveryTask current;
  private boolean retired;

  /** A lane whose first delivery is {@code first}, current at once: its creator runs it. */
  Lane(String aggregateId, DeliveryTask first) {
    this.aggregateId = aggregateId;
    this.current = first;
    first.lane = this;
  }

  /**
   * Adds a delivery: {@link #START} when it became the lane's current one and must be run by the
   * caller, {@link #QUEUED} when it waits behind another, {@link #RETIRED} when this lane has left
   * the map and the caller must look the lane up again.
   */
  synchronized int offer(DeliveryTask task) {
    if (retired) {
      return RETIRED;
    }
    task.lane = this;
    if (current == null) {
      current = task;
      return START;
    }
    if (waiting == null) {
      waiting = new ArrayDeque<>();
    }
    waiting.add(task);
    return QUEUED;
  }

  /**
   * Finishes the current delivery and returns the next one to run, or null when the lane retires.
   */
  synchronized DeliveryTask advance(Target target) {
    current = waiting == null ? null : waiting.poll();
    if (current == null) {
      retired = true;
      target.lanes.remove(aggregateId, this);
    }
    return current;
  }

  /** The deliveries not finished in this lane, current first. */
  synchronized List<DeliveryTask> unfinished() {
    List<DeliveryTask> tasks = new ArrayList<>();
    if (current != null) {
      tasks.add(current);
    }
    if (waiting != null) {
      tasks.addAll(waiting);
    }
    return tasks;
  }
}
