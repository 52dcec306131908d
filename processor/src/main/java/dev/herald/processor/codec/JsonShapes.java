package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.model.JsonComponent;
import dev.herald.processor.model.JsonRecord;
import dev.herald.processor.model.JsonScalar;
import dev.herald.processor.model.JsonShape;
import dev.herald.processor.model.JsonTypes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads record components as JSON, once per record in a compilation: the one place that decides
 * what the codec supports. Validation reports the {@link #problems} it found, the model takes the
 * {@link #types} it resolved, and the codec writer, the catalog and the integration contract read
 * only those.
 *
 * <p>Supported: primitives and their boxes, {@code String}, {@code BigDecimal}, {@code BigInteger},
 * {@code UUID}, {@code Instant}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code OffsetDateTime}, {@code Duration}, {@code byte[]} (base64), enums, records without type
 * parameters, sealed interfaces whose permitted subtypes are such records (or sealed interfaces
 * over them), {@code List}, {@code Set} and {@code Map<String, V>} of supported types, and {@code
 * Optional} of a supported type as a component. A component of any other type resolves to {@link
 * JsonShape.Opaque} with a problem reported on it.
 */
public final class JsonShapes {

  /**
   * Annotations named like this mark a component that may be {@code null}, whatever their package.
   */
  private static final String NULLABLE = "Nullable";

  private final String codecPackage;
  private final Map<String, JsonRecord> records = new LinkedHashMap<>();
  private final Map<String, List<Finding>> problems = new HashMap<>();
  private final Map<String, List<TypeElement>> reached = new HashMap<>();

  /**
   * @param codecPackage the package of the generated codec, which must be able to name every type
   */
  public JsonShapes(String codecPackage) {
    this.codecPackage = codecPackage;
  }

  /** The record's JSON form; the record and every record it reaches are resolved once. */
  public JsonRecord record(TypeElement record) {
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(record));
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      String name = next.getQualifiedName().toString();
      if (!records.containsKey(name)) {
        Reading reading = new Reading(next);
        records.put(name, reading.result());
        problems.put(name, reading.problems);
        reached.put(name, reading.reached);
        pending.addAll(reading.reached);
      }
    }
    return records.get(record.getQualifiedName().toString());
  }

  /**
   * The problems of the record's components and of every record it reaches, each once, in the order
   * found; empty when the codec can write the record.
   */
  public List<Finding> problems(TypeElement record) {
    record(record);
    Set<String> visited = new LinkedHashSet<>();
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(record));
    List<Finding> found = new ArrayList<>();
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      String name = next.getQualifiedName().toString();
      if (visited.add(name)) {
        found.addAll(problems.get(name));
        pending.addAll(reached.get(name));
      }
    }
    return found;
  }

  /** Every record resolved so far, for the model. */
  public JsonTypes types() {
    return new JsonTypes(records.values());
  }

  /** The components of one record, read once. */
  private final class Reading {

    private final TypeElement record;
    private final List<JsonComponent> components = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    private final List<TypeElement> reached = new ArrayList<>();
    private String component;
    private TypeMirror componentType;
    private Element position;

    Reading(TypeElement record) {
      this.record = record;
      for (RecordComponentElement element : record.getRecordComponents()) {
        component = Describe.type(record) + "." + element.getSimpleName();
        position = reportedOn(element);
        TypeMirror type = element.asType();
        componentType = type;
        components.add(
            new JsonComponent(
                element.getSimpleName().toString(),
                JavaTypes.describe(type),
                TypeName.get(type),
                resolve(type, true),
                !type.getKind().isPrimitive() && isNullable(element)));
      }
    }

    JsonRecord result() {
      return new JsonRecord(ClassName.get(record), components);
    }

    /**
     * The JSON form of {@code type}; {@code own} says whether it is a component's own type, the
     * only place {@code Optional} is accepted.
     */
    private JsonShape resolve(TypeMirror type, boolean own) {
      TypeKind kind = type.getKind();
      if (kind.isPrimitive()) {
        return new JsonShape.Scalar(JsonScalar.forPrimitive(kind));
      }
      return switch (kind) {
        case ARRAY ->
            ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                ? new JsonShape.Scalar(JsonScalar.BYTES)
                : problem(type, Diagnostic.CODEC_ARRAY, type);
        case WILDCARD -> problem(type, Diagnostic.CODEC_WILDCARD, type);
        case DECLARED -> declared((DeclaredType) type, own);
        case ERROR -> problem(type, Diagnostic.CODEC_UNRESOLVED_TYPE, type);
        default -> problem(type, Diagnostic.CODEC_UNSUPPORTED_TYPE, type);
      };
    }

    private JsonShape declared(DeclaredType type, boolean own) {
      TypeElement element = (TypeElement) type.asElement();
      String name = element.getQualifiedName().toString();
      JsonScalar scalar = JsonScalar.forClass(name);
      if (scalar != null) {
        return new JsonShape.Scalar(scalar);
      }
      List<? extends TypeMirror> arguments = type.getTypeArguments();
      switch (name) {
        case "java.util.List", "java.util.Set", "java.util.Optional", "java.util.Map" -> {
          if (arguments.isEmpty()) {
            return problem(type, Diagnostic.CODEC_RAW_TYPE, type);
          }
          if (name.equals("java.util.Optional") && !own) {
            return problem(
                type, Diagnostic.CODEC_NESTED_OPTIONAL, JavaTypes.describe(componentType));
          }
          return container(name, type, arguments);
        }
        case "java.util.Collection", "java.lang.Iterable" -> {
          return problem(type, Diagnostic.CODEC_COLLECTION_TYPE, type);
        }
        default -> {
          return userType(type, element);
        }
      }
    }

    private JsonShape container(
        String name, TypeMirror type, List<? extends TypeMirror> arguments) {
      if (name.equals("java.util.Map")) {
        TypeMirror key = arguments.get(0);
        if (JsonScalar.forClass(JavaTypes.qualifiedName(key)) != JsonScalar.STRING) {
          return problem(type, Diagnostic.CODEC_MAP_KEY, key);
        }
        return new JsonShape.MapOf(resolve(arguments.get(1), false));
      }
      JsonShape element = resolve(arguments.get(0), false);
      return switch (name) {
        case "java.util.List" -> new JsonShape.ListOf(element);
        case "java.util.Set" -> new JsonShape.SetOf(element);
        default -> new JsonShape.OptionalOf(element);
      };
    }

    private JsonShape userType(DeclaredType type, TypeElement element) {
      JsonShape access = accessProblem(type, element);
      if (access != null) {
        return access;
      }
      switch (element.getKind()) {
        case ENUM -> {
          List<String> constants = new ArrayList<>();
          for (Element member : element.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
              constants.add(member.getSimpleName().toString());
            }
          }
          return new JsonShape.EnumType(ClassName.get(element), constants);
        }
        case RECORD -> {
          if (!element.getTypeParameters().isEmpty()) {
            return problem(type, Diagnostic.CODEC_GENERIC_RECORD, element.getQualifiedName());
          }
          reached.add(element);
          return new JsonShape.RecordType(ClassName.get(element));
        }
        case INTERFACE -> {
          return element.getModifiers().contains(Modifier.SEALED)
              ? sealed(type, element)
              : problem(type, Diagnostic.CODEC_OPEN_INTERFACE, element.getQualifiedName());
        }
        default -> {
          return problem(type, Diagnostic.CODEC_UNSUPPORTED_TYPE, element.getQualifiedName());
        }
      }
    }

    private JsonShape sealed(TypeMirror type, TypeElement sealed) {
      List<TypeElement> variants = new ArrayList<>();
      JsonShape problem = collectVariants(type, sealed, sealed, variants);
      if (problem != null) {
        return problem;
      }
      Map<String, TypeElement> byTag = new LinkedHashMap<>();
      for (TypeElement variant : variants) {
        TypeElement clash = byTag.putIfAbsent(variant.getSimpleName().toString(), variant);
        if (clash != null) {
          return problem(
              type,
              Diagnostic.CODEC_SEALED_TAG_CLASH,
              sealed.getQualifiedName(),
              clash.getQualifiedName(),
              variant.getQualifiedName());
        }
      }
      reached.addAll(variants);
      return new JsonShape.SealedType(
          ClassName.get(sealed),
          variants.stream()
              .map(v -> new JsonShape.Variant(v.getSimpleName().toString(), ClassName.get(v)))
              .toList());
    }

    private JsonShape collectVariants(
        TypeMirror type, TypeElement root, TypeElement sealed, List<TypeElement> variants) {
      for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
        TypeElement variant = (TypeElement) ((DeclaredType) permitted).asElement();
        if (variant.getKind() == ElementKind.INTERFACE
            && variant.getModifiers().contains(Modifier.SEALED)) {
          JsonShape problem = collectVariants(type, root, variant, variants);
          if (problem != null) {
            return problem;
          }
        } else if (variant.getKind() != ElementKind.RECORD
            || !variant.getTypeParameters().isEmpty()) {
          return problem(
              type,
              Diagnostic.CODEC_SEALED_VARIANT_NOT_RECORD,
              root.getQualifiedName(),
              variant.getQualifiedName());
        } else {
          JsonShape access = accessProblem(type, variant);
          if (access != null) {
            return access;
          }
          if (!variants.contains(variant)) {
            variants.add(variant);
          }
        }
      }
      return null;
    }

    /** The problem when the generated codec could not name {@code element}, else {@code null}. */
    private JsonShape accessProblem(TypeMirror type, TypeElement element) {
      for (Element e = element; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
        Set<Modifier> modifiers = e.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE)) {
          return problem(type, Diagnostic.CODEC_PRIVATE_TYPE, element.getQualifiedName());
        }
        if (codecPackage != null
            && !modifiers.contains(Modifier.PUBLIC)
            && !JavaTypes.packageOf(e).equals(codecPackage)) {
          return problem(
              type, Diagnostic.CODEC_TYPE_NOT_VISIBLE, element.getQualifiedName(), codecPackage);
        }
      }
      return null;
    }

    /** Records a problem of the current component; its JSON form is then only its Java type. */
    private JsonShape problem(TypeMirror type, Diagnostic diagnostic, Object... details) {
      Object[] arguments = new Object[details.length + 1];
      arguments[0] = component;
      for (int i = 0; i < details.length; i++) {
        arguments[i + 1] =
            details[i] instanceof TypeMirror mirror ? JavaTypes.describe(mirror) : details[i];
      }
      problems.add(Finding.on(position, diagnostic, arguments));
      return new JsonShape.Opaque(JavaTypes.describe(type));
    }

    /**
     * The component's field: javac (17) places no source position on a record component element, so
     * a message reported on it has no line; its field is declared by the same source text.
     */
    private Element reportedOn(RecordComponentElement element) {
      for (Element member : record.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && member.getSimpleName().contentEquals(element.getSimpleName())
            && !member.getModifiers().contains(Modifier.STATIC)) {
          return member;
        }
      }
      return element;
    }
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
