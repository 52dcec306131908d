package dev.herald.processor.reading;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * The user's types Herald reads in one compilation, each list in qualified name order, looked up in
 * the current round.
 *
 * @param events the types annotated {@code @DomainEvent} or {@code @IntegrationEvent}
 * @param handlers the types declaring {@code @Handles} methods
 * @param upcasters the types declaring {@code @Upcasts} methods
 * @param aggregates the event-sourced aggregates, and other types declaring {@code @Applies}
 *     methods
 */
public record CompilationTypes(
    List<TypeElement> events,
    List<TypeElement> handlers,
    List<TypeElement> upcasters,
    List<TypeElement> aggregates) {

  public CompilationTypes {
    events = List.copyOf(events);
    handlers = List.copyOf(handlers);
    upcasters = List.copyOf(upcasters);
    aggregates = List.copyOf(aggregates);
  }

  /**
   * The types whose packages decide where the compilation's sources go: its events and handlers, or
   * its aggregates when it has neither.
   */
  public List<TypeElement> placing() {
    List<TypeElement> placing = new ArrayList<>(events);
    placing.addAll(handlers);
    return placing.isEmpty() ? aggregates : placing;
  }
}
