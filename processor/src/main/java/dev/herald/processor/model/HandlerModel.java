package dev.herald.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * A handler class: the type the table needs a provider of, and its routes in declaration order.
 *
 * @param type the handler class
 * @param fieldName the name of its provider in the table and in the module
 * @param routes its {@code @Handles} methods, in declaration order
 */
public record HandlerModel(ClassName type, String fieldName, List<RouteModel> routes) {

  public HandlerModel {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(fieldName, "fieldName");
    routes = List.copyOf(routes);
  }
}
