package dev.herald.processor.model;

import javax.lang.model.type.TypeKind;

/**
 * The Java types the codec writes as one JSON string, number or boolean: the keyword the generated
 * codec declares them with (the runtime's {@code JsonSchema} reads the same words), and how a JSON
 * Schema describes them.
 */
public enum JsonScalar {
  BOOLEAN("java.lang.Boolean", "boolean", "boolean", null),
  BYTE("java.lang.Byte", "byte", "integer", "int8"),
  SHORT("java.lang.Short", "short", "integer", "int16"),
  INT("java.lang.Integer", "int", "integer", "int32"),
  LONG("java.lang.Long", "long", "integer", "int64"),
  FLOAT("java.lang.Float", "float", "number", "float"),
  DOUBLE("java.lang.Double", "double", "number", "double"),
  CHAR("java.lang.Character", "char", "string", "char"),
  STRING("java.lang.String", "string", "string", null),
  BIG_DECIMAL("java.math.BigDecimal", "decimal", "number", "decimal"),
  BIG_INTEGER("java.math.BigInteger", "biginteger", "integer", "big-integer"),
  UUID("java.util.UUID", "uuid", "string", "uuid"),
  INSTANT("java.time.Instant", "instant", "string", "date-time"),
  LOCAL_DATE("java.time.LocalDate", "date", "string", "date"),
  LOCAL_TIME("java.time.LocalTime", "time", "string", "partial-time"),
  LOCAL_DATE_TIME("java.time.LocalDateTime", "datetime", "string", "local-date-time"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", "offsetdatetime", "string", "date-time"),
  DURATION("java.time.Duration", "duration", "string", "duration"),
  BYTES("byte[]", "bytes", "string", "byte");

  private final String javaType;
  private final String keyword;
  private final String jsonType;
  private final String format;

  JsonScalar(String javaType, String keyword, String jsonType, String format) {
    this.javaType = javaType;
    this.keyword = keyword;
    this.jsonType = jsonType;
    this.format = format;
  }

  /** The word a generated codec declares a component of this type with. */
  public String keyword() {
    return keyword;
  }

  /** The JSON Schema type. */
  public String jsonType() {
    return jsonType;
  }

  /** The JSON Schema format, or {@code null} when the type says it all. */
  public String format() {
    return format;
  }

  /** The scalar for a primitive kind. */
  public static JsonScalar forPrimitive(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> BOOLEAN;
      case BYTE -> BYTE;
      case SHORT -> SHORT;
      case INT -> INT;
      case LONG -> LONG;
      case FLOAT -> FLOAT;
      case DOUBLE -> DOUBLE;
      case CHAR -> CHAR;
      default -> throw new IllegalArgumentException("not a primitive: " + kind);
    };
  }

  /** The scalar for a boxed primitive or value class by qualified name, or {@code null}. */
  public static JsonScalar forClass(String qualifiedName) {
    for (JsonScalar scalar : values()) {
      if (scalar.javaType.equals(qualifiedName)) {
        return scalar;
      }
    }
    return null;
  }
}
