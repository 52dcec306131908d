package dev.herald.processor.ids;

import dev.herald.processor.ids.StableId.Declared;
import dev.herald.processor.ids.StableId.Kind;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.reading.StableIds;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The stable names of the code being compiled: the stored name of every event record it declares
 * and the id of every route.
 *
 * <p>An element with an unrelated mistake still counts, as long as its name can be told: its
 * mistake is reported on its own, and calling it removed as well would only add noise.
 */
public final class CompilationIds {

  private CompilationIds() {}

  /**
   * The stable names, sorted as in the ids file.
   *
   * @param eventTypes the annotated event types of the compilation
   * @param handlerTypes the classes declaring {@code @Handles} methods
   */
  public static List<Declared> of(
      Elements elements,
      EventTypeIndex index,
      List<TypeElement> eventTypes,
      List<TypeElement> handlerTypes) {
    List<Declared> ids = new ArrayList<>();
    for (TypeElement event : eventTypes) {
      if (event.getKind() == ElementKind.RECORD) {
        ids.add(declared(Kind.EVENT, StableIds.storedName(elements, event), event));
      }
    }
    for (TypeElement handler : handlerTypes) {
      for (ExecutableElement method : AnnotatedTypes.handlesMethods(handler)) {
        index
            .eventTypeOf(method)
            .ifPresent(
                type ->
                    ids.add(
                        declared(Kind.ROUTE, StableIds.routeId(elements, method, type), method)));
      }
    }
    ids.sort((left, right) -> left.id().compareTo(right.id()));
    return ids;
  }

  private static Declared declared(Kind kind, String value, Element on) {
    return new Declared(new StableId(kind, value), on);
  }
}
