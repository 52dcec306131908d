package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * An event-sourced aggregate as its generated applier sees it: which apply method to call for each
 * event record of its event type.
 *
 * @param aggregate the aggregate class
 * @param element the aggregate as the compiler sees it, the applier's originating element
 * @param eventType the aggregate's event type {@code E}
 * @param applier the applier's name, beside the aggregate
 * @param calls one apply method per event record, in the records' qualified name order
 * @param shadowedJavaLangNames the {@code java.lang} types a type of the aggregate's package
 *     shadows, which the applier spells out in full
 */
public record AggregateModel(
    ClassName aggregate,
    TypeElement element,
    ClassName eventType,
    ClassName applier,
    List<ApplyCall> calls,
    Set<String> shadowedJavaLangNames) {

  public AggregateModel {
    Objects.requireNonNull(aggregate, "aggregate");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(applier, "applier");
    calls = List.copyOf(calls);
    shadowedJavaLangNames = Set.copyOf(shadowedJavaLangNames);
  }

  /**
   * One apply method: {@code aggregate.method((Event) event)}.
   *
   * @param event the event record it applies
   * @param methodName the {@code @Applies} method
   */
  public record ApplyCall(ClassName event, String methodName) {

    public ApplyCall {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(methodName, "methodName");
    }
  }
}
