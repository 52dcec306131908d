package dev.herald.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the test handlers were called with, in call order, from any thread. */
final class Journal {

  record Call(String handler, Object event, EventContext context, String thread) {}

  private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

  void record(String handler, Object event, EventContext context) {
    calls.add(new Call(handler, event, context, Thread.currentThread().getName()));
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  List<Call> calls(String handler) {
    List<Call> result = new ArrayList<>();
    for (Call call : calls) {
      if (call.handler().equals(handler)) {
        result.add(call);
      }
    }
    return result;
  }

  List<Object> events(String handler) {
    List<Object> result = new ArrayList<>();
    for (Call call : calls(handler)) {
      result.add(call.event());
    }
    return result;
  }
}
