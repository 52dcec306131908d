package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
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
 * @param typeName the name this event is stored, published and read back under, the one every
 *     writer and check reads: for a domain event its {@code @DomainEvent(name)}, or else the
 *     record's canonical name; for an integration event its CloudEvents type with version ({@code
 *     com.example.order.confirmed.v2})
 * @param inCodec whether the compilation's codec writes it: declared here, and every component has
 *     a JSON form (validation reported the others)
 * @param version which version of its event the record is, from 1
 * @param upcast for an older version, the upcaster to the next one, which the codec applies to
 *     every event of this record it reads
 */
public record EventModel(
    ClassName type,
    TypeElement element,
    boolean declaredHere,
    Optional<IntegrationContract> integration,
    List<RouteModel> routes,
    String typeName,
    boolean inCodec,
    int version,
    Optional<UpcastModel> upcast) {

  public EventModel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(integration, "integration");
    routes = List.copyOf(routes);
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(upcast, "upcast");
  }
}
