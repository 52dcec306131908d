package dev.herald.processor.sourcing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The event records an event-sourced aggregate must apply: every record its sealed event type
 * permits, directly or through sealed interfaces it permits, and whatever else the permits clause
 * names, which is reported.
 *
 * @param records the event records, in qualified name order
 * @param others permitted types that are neither records nor sealed interfaces, in the order found
 */
record AggregateEvents(List<TypeElement> records, List<TypeElement> others) {

  /**
   * The events of an aggregate whose event type is {@code eventType}; empty when the type is
   * neither a sealed interface nor a record, or declares type parameters.
   */
  static Optional<AggregateEvents> of(TypeMirror eventType) {
    if (eventType.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement root = (TypeElement) ((DeclaredType) eventType).asElement();
    if (!root.getTypeParameters().isEmpty() || !(isRecord(root) || isSealedInterface(root))) {
      return Optional.empty();
    }
    List<TypeElement> records = new ArrayList<>();
    List<TypeElement> others = new ArrayList<>();
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(root));
    Set<TypeElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeElement type = pending.pop();
      if (!seen.add(type)) {
        continue; // permitted on two paths
      }
      if (isRecord(type) && type.getTypeParameters().isEmpty()) {
        records.add(type);
      } else if (isSealedInterface(type) && type.getTypeParameters().isEmpty()) {
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
          pending.add((TypeElement) ((DeclaredType) permitted).asElement());
        }
      } else {
        others.add(type);
      }
    }
    records.sort(Comparator.comparing(record -> record.getQualifiedName().toString()));
    return Optional.of(new AggregateEvents(List.copyOf(records), List.copyOf(others)));
  }

  private static boolean isRecord(TypeElement type) {
    return type.getKind() == ElementKind.RECORD;
  }

  private static boolean isSealedInterface(TypeElement type) {
    return type.getKind() == ElementKind.INTERFACE && type.getModifiers().contains(Modifier.SEALED);
  }
}
