package dev.herald.processor.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Finds the record components the generated codec could not serialize, so the processor can report
 * each as a compile error on the component instead of generating code that fails.
 *
 * <p>Records reached through components (directly, in collections, as sealed variants) are checked
 * too, each once however often it is reached, so recursive types terminate. A problem inside a
 * nested record is reported on that record's component, with the same message whichever event
 * reached it, so problems from several events can be merged.
 */
public final class JsonCompatibility {

  private final JsonShapes shapes;

  /** Checks that do not know where the codec goes: only private types are refused for access. */
  public JsonCompatibility() {
    this.shapes = new JsonShapes();
  }

  /**
   * Checks for a codec generated into {@code codecPackage}: types it cannot name are refused too.
   */
  public JsonCompatibility(String codecPackage) {
    this.shapes = new JsonShapes(Objects.requireNonNull(codecPackage, "codecPackage"));
  }

  /** The problems of one event record; empty when the codec can serialize it. */
  public List<CodecProblem> problems(TypeElement event) {
    List<CodecProblem> problems = new ArrayList<>();
    if (event.getKind() != ElementKind.RECORD) {
      problems.add(
          new CodecProblem(
              event,
              event.getQualifiedName()
                  + " is not a record, so the codec cannot"
                  + " serialize it: events are records"));
      return problems;
    }
    JsonShapes.Resolution self = shapes.resolve(event.asType(), false);
    if (!self.ok()) {
      problems.add(
          new CodecProblem(
              event,
              event.getQualifiedName() + " cannot be serialized to JSON: " + self.problem()));
      return problems;
    }
    checkRecord(event, new HashSet<>(), problems);
    return problems;
  }

  /** The problems of several event records, each problem once, in the order first found. */
  public List<CodecProblem> problems(Collection<? extends TypeElement> events) {
    Set<CodecProblem> problems = new LinkedHashSet<>();
    for (TypeElement event : events) {
      problems.addAll(problems(event));
    }
    return List.copyOf(problems);
  }

  private void checkRecord(TypeElement record, Set<String> visited, List<CodecProblem> problems) {
    if (!visited.add(record.getQualifiedName().toString())) {
      return;
    }
    for (JsonShapes.Component component : shapes.components(record)) {
      if (!component.resolution().ok()) {
        problems.add(
            new CodecProblem(
                reportedOn(record, component),
                "Component "
                    + record.getSimpleName()
                    + "."
                    + component.name()
                    + " cannot be serialized to JSON: "
                    + component.resolution().problem()));
      } else {
        checkNested(component.shape(), visited, problems);
      }
    }
  }

  /**
   * The component's field: javac (17) places no source position on a record component element, so a
   * message reported on it has no line; its field is declared by the same source text in the
   * header.
   */
  private static Element reportedOn(TypeElement record, JsonShapes.Component component) {
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().contentEquals(component.name())
          && !member.getModifiers().contains(Modifier.STATIC)) {
        return member;
      }
    }
    return component.element();
  }

  private void checkNested(JsonShape shape, Set<String> visited, List<CodecProblem> problems) {
    if (shape instanceof JsonShape.RecordType record) {
      checkRecord(record.type(), visited, problems);
    } else if (shape instanceof JsonShape.SealedType sealed) {
      for (TypeElement variant : sealed.variants()) {
        checkRecord(variant, visited, problems);
      }
    } else if (shape instanceof JsonShape.ListOf list) {
      checkNested(list.element(), visited, problems);
    } else if (shape instanceof JsonShape.SetOf set) {
      checkNested(set.element(), visited, problems);
    } else if (shape instanceof JsonShape.MapOf map) {
      checkNested(map.value(), visited, problems);
    } else if (shape instanceof JsonShape.OptionalOf optional) {
      checkNested(optional.element(), visited, problems);
    }
  }
}
