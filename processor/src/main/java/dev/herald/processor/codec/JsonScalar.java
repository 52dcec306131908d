package dev.herald.processor.codec;

/**
 * The Java types the codec writes as one JSON scalar, with the {@code JsonValue} accessor that
 * reads each back and how the contract describes it.
 */
enum JsonScalar {
  BOOLEAN("boolean", "asBoolean", "boolean", null),
  BYTE("byte", "asByte", "integer", "int8"),
  SHORT("short", "asShort", "integer", "int16"),
  INT("int", "asInt", "integer", "int32"),
  LONG("long", "asLong", "integer", "int64"),
  FLOAT("float", "asFloat", "number", "float"),
  DOUBLE("double", "asDouble", "number", "double"),
  CHAR("char", "asChar", "string", "char"),
  STRING("java.lang.String", "asString", "string", null),
  BIG_DECIMAL("java.math.BigDecimal", "asBigDecimal", "number", "decimal"),
  BIG_INTEGER("java.math.BigInteger", "asBigInteger", "integer", "big-integer"),
  UUID("java.util.UUID", "asUuid", "string", "uuid"),
  INSTANT("java.time.Instant", "asInstant", "string", "date-time"),
  LOCAL_DATE("java.time.LocalDate", "asLocalDate", "string", "date"),
  LOCAL_TIME("java.time.LocalTime", "asLocalTime", "string", "partial-time"),
  LOCAL_DATE_TIME("java.time.LocalDateTime", "asLocalDateTime", "string", "local-date-time"),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", "asOffsetDateTime", "string", "date-time"),
  DURATION("java.time.Duration", "asDuration", "string", "duration"),
  BYTES("byte[]", "asBytes", "string", "byte");

  private final String javaType;
  private final String accessor;
  private final String jsonType;
  private final String format;

  JsonScalar(String javaType, String accessor, String jsonType, String format) {
    this.javaType = javaType;
    this.accessor = accessor;
    this.jsonType = jsonType;
    this.format = format;
  }

  /**
   * Whether this scalar is a primitive's, so that a boxed component may hold {@code null} the
   * writer must refuse.
   */
  boolean hasPrimitive() {
    return ordinal() <= CHAR.ordinal();
  }

  /** The primitive, array or qualified class name this scalar is for. */
  String javaType() {
    return javaType;
  }

  /** The {@code JsonValue} method that reads it. */
  String accessor() {
    return accessor;
  }

  /** The JSON Schema type. */
  String jsonType() {
    return jsonType;
  }

  /** The JSON Schema format, or {@code null} when the type says it all. */
  String format() {
    return format;
  }

  /** The scalar for a primitive kind. */
  static JsonScalar forPrimitive(javax.lang.model.type.TypeKind kind) {
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

  /** The scalar for a boxed primitive or value class, or {@code null}. */
  static JsonScalar forClass(String qualifiedName) {
    return switch (qualifiedName) {
      case "java.lang.Boolean" -> BOOLEAN;
      case "java.lang.Byte" -> BYTE;
      case "java.lang.Short" -> SHORT;
      case "java.lang.Integer" -> INT;
      case "java.lang.Long" -> LONG;
      case "java.lang.Float" -> FLOAT;
      case "java.lang.Double" -> DOUBLE;
      case "java.lang.Character" -> CHAR;
      default -> {
        for (JsonScalar scalar : values()) {
          if (scalar.javaType.equals(qualifiedName)) {
            yield scalar;
          }
        }
        yield null;
      }
    };
  }
}
