package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.reading.StableIds;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * An event record the compilation knows, with every route that receives it, resolved at compile
 * time: its own handlers and those of the interfaces it implements.
 *
 * @param type the record
 * @param element the record as the compiler sees it, for writers that read its components
 * @param declaredHere whether the record is declared in this compilation (rather than taken by a
 *     handler from another module)
 * @param integration its {@code @IntegrationEvent} contract, if it has one
 * @param routes the routes that receive it, in table order
 */
public record EventModel(
    ClassName type,
    TypeElement element,
    boolean declaredHere,
    Optional<IntegrationContract> integration,
    List<RouteModel> routes) {

  public EventModel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(integration, "integration");
    routes = List.copyOf(routes);
  }

  /**
   * The name this event is stored and read back under, the codec's type name for it: for a domain
   * event its {@code @DomainEvent(name)}, or else the record's canonical name; for an integration
   * event its CloudEvents type with version ({@code com.example.order.confirmed.v2}). The one
   * accessor every writer and check reads, so they cannot disagree.
   */
  public String storedName() {
    return integration
        .map(IntegrationContract::cloudEventType)
        .orElseGet(() -> StableIds.domainEventName(element));
  }
}
