package dev.herald.processor.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a Java type as JSON: the one place that decides what the codec supports, so that the
 * compatibility check, the codec writer and the contract writer never disagree.
 *
 * <p>Supported: primitives and their boxes, {@code String}, {@code BigDecimal}, {@code BigInteger},
 * {@code UUID}, {@code Instant}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code OffsetDateTime}, {@code Duration}, {@code byte[]} (base64), enums, records without type
 * parameters, sealed interfaces whose permitted subtypes are such records (or sealed interfaces
 * over them), {@code List}, {@code Set} and {@code Map<String, V>} of supported types, and {@code
 * Optional} of a supported type as a component.
 */
final class JsonShapes {

  /**
   * Annotations named like this mark a component that may be {@code null}, whatever their package.
   */
  private static final String NULLABLE = "Nullable";

  /**
   * A type read as JSON, or why it cannot be.
   *
   * @param shape the shape, or {@code null} with a problem
   * @param problem what is wrong, or {@code null}
   */
  record Resolution(JsonShape shape, String problem) {

    static Resolution of(JsonShape shape) {
      return new Resolution(shape, null);
    }

    static Resolution unsupported(String problem) {
      return new Resolution(null, problem);
    }

    boolean ok() {
      return problem == null;
    }
  }

  /**
   * A record component as the codec sees it.
   *
   * @param element the component
   * @param name its name, which is also its JSON member name and accessor name
   * @param resolution its shape or problem
   * @param nullable whether it carries a {@code @Nullable} annotation (ignored on primitives)
   * @param primitive whether its type is primitive
   */
  record Component(
      RecordComponentElement element,
      String name,
      Resolution resolution,
      boolean nullable,
      boolean primitive) {

    /** The resolved shape; only for a component that resolved. */
    JsonShape shape() {
      return Objects.requireNonNull(resolution.shape(), resolution.problem());
    }

    /** Whether the member must be present and non-null in JSON. */
    boolean required() {
      return !nullable && !(resolution.shape() instanceof JsonShape.OptionalOf);
    }
  }

  private final Map<String, List<Component>> components = new LinkedHashMap<>();
  private final String codecPackage;

  /**
   * Shapes as seen from the generated codec's package, so that a type the codec could not name is a
   * problem; {@code null} checks only that no type is private.
   */
  JsonShapes(String codecPackage) {
    this.codecPackage = codecPackage;
  }

  JsonShapes() {
    this(null);
  }

  /** The components of a record in declaration order; cached, as the writers ask repeatedly. */
  List<Component> components(TypeElement record) {
    return components.computeIfAbsent(
        record.getQualifiedName().toString(), name -> readComponents(record));
  }

  private List<Component> readComponents(TypeElement record) {
    List<Component> result = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      TypeMirror type = component.asType();
      boolean primitive = type.getKind().isPrimitive();
      result.add(
          new Component(
              component,
              component.getSimpleName().toString(),
              resolve(type, true),
              !primitive && isNullable(component),
              primitive));
    }
    return List.copyOf(result);
  }

  /**
   * Reads {@code type} as JSON; {@code component} says whether it is a component's own type, the
   * only place {@code Optional} is accepted.
   */
  Resolution resolve(TypeMirror type, boolean component) {
    TypeKind kind = type.getKind();
    switch (kind) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
      case FLOAT:
      case DOUBLE:
        return Resolution.of(new JsonShape.Scalar(JsonScalar.forPrimitive(kind)));
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return Resolution.of(new JsonShape.Scalar(JsonScalar.BYTES));
        }
        return Resolution.unsupported(
            "the array type "
                + type
                + " is not supported: arrays break record equality and have no JSON form other than"
                + " a list; use List<...> (byte[] is supported, as base64)");
      case TYPEVAR:
        return Resolution.unsupported(
            "the type variable "
                + type
                + " cannot be serialized: the codec must"
                + " know every type at compile time; use a concrete type");
      case WILDCARD:
        return Resolution.unsupported(
            "the wildcard " + type + " cannot be serialized; use a concrete type argument");
      case ERROR:
        return Resolution.unsupported("the type " + type + " could not be resolved");
      case DECLARED:
        return declared((DeclaredType) type, component);
      default:
        return Resolution.unsupported("the type " + type + " cannot be serialized to JSON");
    }
  }

  private Resolution declared(DeclaredType type, boolean component) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    JsonScalar scalar = JsonScalar.forClass(name);
    if (scalar != null) {
      return Resolution.of(new JsonShape.Scalar(scalar));
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    switch (name) {
      case "java.util.List":
      case "java.util.Set":
      case "java.util.Optional":
        if (arguments.isEmpty()) {
          return Resolution.unsupported(
              "the raw type " + name + " cannot be serialized; give it a type argument");
        }
        if (name.equals("java.util.Optional") && !component) {
          return Resolution.unsupported(
              "Optional is supported only as a record component's own type, not inside a collection"
                  + " or another Optional; leave absent values out of the collection instead");
        }
        Resolution elementShape = resolve(arguments.get(0), false);
        if (!elementShape.ok()) {
          return elementShape;
        }
        return Resolution.of(
            switch (name) {
              case "java.util.List" -> new JsonShape.ListOf(elementShape.shape());
              case "java.util.Set" -> new JsonShape.SetOf(elementShape.shape());
              default -> new JsonShape.OptionalOf(elementShape.shape());
            });
      case "java.util.Map":
        if (arguments.isEmpty()) {
          return Resolution.unsupported(
              "the raw type java.util.Map cannot be serialized; use Map<String, V>");
        }
        TypeMirror key = arguments.get(0);
        if (key.getKind() != TypeKind.DECLARED
            || !((TypeElement) ((DeclaredType) key).asElement())
                .getQualifiedName()
                .contentEquals("java.lang.String")) {
          return Resolution.unsupported(
              "the map key type "
                  + key
                  + " is not supported: JSON object keys are"
                  + " strings, so use Map<String, V>");
        }
        Resolution value = resolve(arguments.get(1), false);
        return value.ok() ? Resolution.of(new JsonShape.MapOf(value.shape())) : value;
      default:
        return userType(element);
    }
  }

  private Resolution userType(TypeElement element) {
    String name = element.getQualifiedName().toString();
    String access = accessProblem(element);
    if (access != null) {
      return Resolution.unsupported(access);
    }
    switch (element.getKind()) {
      case ENUM:
        List<String> constants = new ArrayList<>();
        for (Element member : element.getEnclosedElements()) {
          if (member.getKind() == ElementKind.ENUM_CONSTANT) {
            constants.add(member.getSimpleName().toString());
          }
        }
        return Resolution.of(new JsonShape.EnumType(element, List.copyOf(constants)));
      case RECORD:
        if (!element.getTypeParameters().isEmpty()) {
          return Resolution.unsupported(
              "the generic record "
                  + name
                  + " cannot be serialized: the codec must know"
                  + " every component type at compile time; declare a record with concrete types");
        }
        return Resolution.of(new JsonShape.RecordType(element));
      case INTERFACE:
        if (element.getModifiers().contains(Modifier.SEALED)) {
          return sealed(element);
        }
        return Resolution.unsupported(
            "the interface "
                + name
                + " cannot be serialized: the codec can only decode types it knows at compile time;"
                + " make it a sealed interface permitting only records");
      default:
        return Resolution.unsupported(
            "the type "
                + name
                + " cannot be serialized to JSON: the codec supports records, enums, sealed"
                + " interfaces over records, String, numbers, booleans, UUID, java.time values,"
                + " byte[], List, Set, Map<String, V> and Optional; make it a record");
    }
  }

  private Resolution sealed(TypeElement sealed) {
    List<TypeElement> variants = new ArrayList<>();
    String problem = collectVariants(sealed, variants);
    if (problem != null) {
      return Resolution.unsupported(problem);
    }
    Map<String, TypeElement> bySimpleName = new LinkedHashMap<>();
    for (TypeElement variant : variants) {
      TypeElement clash = bySimpleName.putIfAbsent(variant.getSimpleName().toString(), variant);
      if (clash != null) {
        return Resolution.unsupported(
            "the sealed interface "
                + sealed.getQualifiedName()
                + " permits "
                + clash.getQualifiedName()
                + " and "
                + variant.getQualifiedName()
                + ", which share the simple name the"
                + " \"@type\" member uses; rename one");
      }
    }
    return Resolution.of(new JsonShape.SealedType(sealed, List.copyOf(variants)));
  }

  private String collectVariants(TypeElement sealed, List<TypeElement> variants) {
    for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
      TypeElement variant = (TypeElement) ((DeclaredType) permitted).asElement();
      if (variant.getKind() == ElementKind.INTERFACE
          && variant.getModifiers().contains(Modifier.SEALED)) {
        String problem = collectVariants(variant, variants);
        if (problem != null) {
          return problem;
        }
      } else if (variant.getKind() != ElementKind.RECORD
          || !variant.getTypeParameters().isEmpty()) {
        return "the sealed interface "
            + sealed.getQualifiedName()
            + " permits "
            + variant.getQualifiedName()
            + ", which is not a record without type parameters; the codec supports sealed"
            + " interfaces over records";
      } else if (accessProblem(variant) != null) {
        return accessProblem(variant);
      } else if (!variants.contains(variant)) {
        variants.add(variant);
      }
    }
    return null;
  }

  /** Why the generated codec could not name {@code type}, or {@code null} when it can. */
  private String accessProblem(TypeElement type) {
    Element e = type;
    while (e.getKind() != ElementKind.PACKAGE) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return type.getQualifiedName()
            + " is private (or nested in a private type), so the generated codec"
            + " cannot use it; make it package-private or public";
      }
      if (codecPackage != null
          && !modifiers.contains(Modifier.PUBLIC)
          && !packageOf(e).equals(codecPackage)) {
        return type.getQualifiedName()
            + " is not public (or nested in a type that is not), so the generated"
            + " codec in package "
            + codecPackage
            + " cannot use it; make it public";
      }
      e = e.getEnclosingElement();
    }
    return null;
  }

  private static String packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static boolean isNullable(RecordComponentElement component) {
    return hasNullable(component.getAnnotationMirrors())
        || hasNullable(component.asType().getAnnotationMirrors())
        || (component.getAccessor() != null
            && hasNullable(component.getAccessor().getAnnotationMirrors()));
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (annotation.getAnnotationType().asElement().getSimpleName().contentEquals(NULLABLE)) {
        return true;
      }
    }
    return false;
  }
}
