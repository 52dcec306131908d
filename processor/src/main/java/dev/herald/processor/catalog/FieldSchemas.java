package dev.herald.processor.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;

/**
 * Describes record components as JSON Schema for readers of the catalog, with the types and formats
 * of the JSON the generated codec writes; nested records are inlined so that each document stands
 * alone.
 *
 * <p>The authoritative schema of an integration event is {@code integration-events.json}, which the
 * codec's own reading of types produces; this one only has to be right for what the codec accepts,
 * and describes anything else as an unconstrained value with its Java type.
 */
final class FieldSchemas {

  /**
   * Annotations named like this mark a component that may be {@code null}, whatever their package.
   */
  private static final String NULLABLE = "Nullable";

  private static final Map<String, List<String>> SCALARS = scalars();

  private FieldSchemas() {}

  /** The record's components as catalog fields, in declaration order. */
  static List<Catalog.Field> fieldsOf(TypeElement record) {
    List<Catalog.Field> fields = new ArrayList<>();
    for (RecordComponentElement component :
        ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
      TypeMirror type = component.asType();
      boolean optional = isOptional(type);
      TypeMirror valueType = optional ? typeArgument(type, 0) : type;
      Object schema =
          schema(valueType, new HashSet<>(Set.of(record.getQualifiedName().toString())));
      boolean required = !optional && !isNullable(component, type);
      fields.add(
          new Catalog.Field(
              component.getSimpleName().toString(),
              javaType(type),
              required ? schema : orNull(schema),
              required));
    }
    return fields;
  }

  /** The type as a reader writes it: simple names for {@code java.lang}, otherwise qualified. */
  static String javaType(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return javaType(((ArrayType) type).getComponentType()) + "[]";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().isPrimitive()
          ? type.getKind().name().toLowerCase(Locale.ROOT)
          : type.toString();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (name.startsWith("java.lang.") && name.indexOf('.', "java.lang.".length()) < 0) {
      name = element.getSimpleName().toString();
    }
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    List<String> arguments = new ArrayList<>();
    for (TypeMirror argument : declared.getTypeArguments()) {
      arguments.add(javaType(argument));
    }
    return name + "<" + String.join(", ", arguments) + ">";
  }

  private static Map<String, Object> schema(TypeMirror type, Set<String> enclosing) {
    if (type.getKind().isPrimitive()) {
      return scalar(SCALARS.get(type.getKind().name().toLowerCase(Locale.ROOT)));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return scalar(SCALARS.get("byte[]"));
      }
      return arrayOf(schema(component, enclosing), false);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return unknown(type);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (SCALARS.containsKey(name)) {
      return scalar(SCALARS.get(name));
    }
    switch (name) {
      case "java.util.List":
      case "java.util.Collection":
        return arrayOf(schema(typeArgument(type, 0), enclosing), false);
      case "java.util.Set":
        return arrayOf(schema(typeArgument(type, 0), enclosing), true);
      case "java.util.Map":
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", "object");
        map.put("additionalProperties", schema(typeArgument(type, 1), enclosing));
        return map;
      case "java.util.Optional":
        return schema(typeArgument(type, 0), enclosing);
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      Map<String, Object> enumeration = new LinkedHashMap<>();
      enumeration.put("type", "string");
      enumeration.put("enum", constants);
      return enumeration;
    }
    if (element.getKind() == ElementKind.RECORD) {
      return recordSchema(element, enclosing);
    }
    if (element.getKind() == ElementKind.INTERFACE && !element.getPermittedSubclasses().isEmpty()) {
      List<Object> variants = new ArrayList<>();
      for (TypeMirror permitted : element.getPermittedSubclasses()) {
        variants.add(schema(permitted, enclosing));
      }
      Map<String, Object> sealed = new LinkedHashMap<>();
      sealed.put("type", "object");
      sealed.put("description", "one of the records " + name + " permits, tagged by \"@type\"");
      sealed.put("oneOf", variants);
      return sealed;
    }
    return unknown(type);
  }

  /** A nested record inline; a record that contains itself is cut off as a plain object. */
  private static Map<String, Object> recordSchema(TypeElement record, Set<String> enclosing) {
    String name = record.getQualifiedName().toString();
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("title", name);
    if (!enclosing.add(name)) {
      schema.put("description", "recursive: the same object as the enclosing " + name);
      return schema;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponentElement component :
        ElementFilter.recordComponentsIn(record.getEnclosedElements())) {
      TypeMirror type = component.asType();
      boolean optional = isOptional(type);
      Map<String, Object> member = schema(optional ? typeArgument(type, 0) : type, enclosing);
      if (!optional && !isNullable(component, type)) {
        required.add(component.getSimpleName().toString());
        properties.put(component.getSimpleName().toString(), member);
      } else {
        properties.put(component.getSimpleName().toString(), orNull(member));
      }
    }
    enclosing.remove(name);
    schema.put("properties", properties);
    schema.put("required", required);
    return schema;
  }

  /** A member that may be missing may also be {@code null}: the codec writes an empty one so. */
  private static Map<String, Object> orNull(Object schema) {
    return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
  }

  private static Map<String, Object> arrayOf(Map<String, Object> items, boolean unique) {
    Map<String, Object> array = new LinkedHashMap<>();
    array.put("type", "array");
    array.put("items", items);
    if (unique) {
      array.put("uniqueItems", true);
    }
    return array;
  }

  private static Map<String, Object> scalar(List<String> typeAndFormat) {
    Map<String, Object> scalar = new LinkedHashMap<>();
    scalar.put("type", typeAndFormat.get(0));
    if (typeAndFormat.size() > 1) {
      scalar.put("format", typeAndFormat.get(1));
    }
    return scalar;
  }

  private static Map<String, Object> unknown(TypeMirror type) {
    Map<String, Object> any = new LinkedHashMap<>();
    any.put("description", "a " + javaType(type) + ", which the JSON codec does not describe");
    return any;
  }

  private static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals("java.util.Optional");
  }

  private static TypeMirror typeArgument(TypeMirror type, int index) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() <= index) {
      // A raw type: nothing is known about its elements.
      return type;
    }
    TypeMirror argument = arguments.get(index);
    if (argument.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) argument).getExtendsBound();
      return bound == null ? argument : bound;
    }
    return argument;
  }

  private static boolean isNullable(RecordComponentElement component, TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return false;
    }
    List<AnnotationMirror> annotations = new ArrayList<>(component.getAnnotationMirrors());
    annotations.addAll(type.getAnnotationMirrors());
    return annotations.stream()
        .anyMatch(
            annotation ->
                annotation.getAnnotationType().asElement().getSimpleName().contentEquals(NULLABLE));
  }

  /** JSON type and format per Java type, as the codec writes them. */
  private static Map<String, List<String>> scalars() {
    Map<String, List<String>> scalars = new LinkedHashMap<>();
    scalars.put("boolean", List.of("boolean"));
    scalars.put("java.lang.Boolean", List.of("boolean"));
    scalars.put("byte", List.of("integer", "int8"));
    scalars.put("java.lang.Byte", List.of("integer", "int8"));
    scalars.put("short", List.of("integer", "int16"));
    scalars.put("java.lang.Short", List.of("integer", "int16"));
    scalars.put("int", List.of("integer", "int32"));
    scalars.put("java.lang.Integer", List.of("integer", "int32"));
    scalars.put("long", List.of("integer", "int64"));
    scalars.put("java.lang.Long", List.of("integer", "int64"));
    scalars.put("float", List.of("number", "float"));
    scalars.put("java.lang.Float", List.of("number", "float"));
    scalars.put("double", List.of("number", "double"));
    scalars.put("java.lang.Double", List.of("number", "double"));
    scalars.put("char", List.of("string", "char"));
    scalars.put("java.lang.Character", List.of("string", "char"));
    scalars.put("java.lang.String", List.of("string"));
    scalars.put("java.math.BigDecimal", List.of("number", "decimal"));
    scalars.put("java.math.BigInteger", List.of("integer", "big-integer"));
    scalars.put("java.util.UUID", List.of("string", "uuid"));
    scalars.put("java.time.Instant", List.of("string", "date-time"));
    scalars.put("java.time.LocalDate", List.of("string", "date"));
    scalars.put("java.time.LocalTime", List.of("string", "partial-time"));
    scalars.put("java.time.LocalDateTime", List.of("string", "local-date-time"));
    scalars.put("java.time.OffsetDateTime", List.of("string", "date-time"));
    scalars.put("java.time.Duration", List.of("string", "duration"));
    scalars.put("byte[]", List.of("string", "byte"));
    return Map.copyOf(scalars);
  }
}
