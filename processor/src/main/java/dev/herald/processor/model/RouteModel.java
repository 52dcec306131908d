package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.herald.Phase;
import java.util.Objects;

/**
 * One {@code @Handles} method as the generated table sees it: its position, its names, and how to
 * call it.
 *
 * @param index the route's index in the table, its case in the table's {@code invoke}
 * @param id the stable route id durable stores key deliveries by: {@code @Handles(id)}, or else
 *     {@code <handler binary name>#<method>(<event simple name>)}
 * @param handler the handler class
 * @param handlerField the table field holding the handler's provider
 * @param methodName the handler method
 * @param eventType the method's first parameter type
 * @param eventIsInterface whether {@link #eventType} is an interface (so unknown records may match
 *     it)
 * @param phase when the handler runs
 * @param takesContext whether the method takes an {@code EventContext} second
 * @param returnsStage whether the method returns a {@code CompletionStage} rather than {@code void}
 */
public record RouteModel(
    int index,
    String id,
    ClassName handler,
    String handlerField,
    String methodName,
    TypeName eventType,
    boolean eventIsInterface,
    Phase phase,
    boolean takesContext,
    boolean returnsStage) {

  public RouteModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(handlerField, "handlerField");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(phase, "phase");
  }
}
