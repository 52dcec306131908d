package dev.herald.runtime.generated;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON types and events of one generated codec, declared as data so that the generated source
 * stays a short list of declarations instead of a method per type.
 *
 * <p>A record is declared with a name, its class, and one string per component: the component's
 * name, then {@code optional} or {@code nullable} when it may be absent, then its type: a scalar
 * keyword ({@code boolean}, {@code byte}, {@code short}, {@code int}, {@code long}, {@code float},
 * {@code double}, {@code char}, {@code string}, {@code decimal}, {@code biginteger}, {@code uuid},
 * {@code instant}, {@code date}, {@code time}, {@code datetime}, {@code offsetdatetime}, {@code
 * duration}, {@code bytes}), the name of a declared record, enum or sealed interface, or {@code
 * list}, {@code set} or {@code map} followed by a type, e.g. {@code "items list Item"}. The n-th
 * record declared is record n of the codec's {@code construct} and {@code components} switches.
 *
 * <pre>{@code
 * JsonSchema schema = JsonSchema.builder("ShopEventCodec")
 *     .record("Item", Item.class, "name string", "size Size", "quantity int")
 *     .enumType("Size", Size.values())
 *     .domainEvent("shop.ItemAdded", "Item")
 *     .build();
 * }</pre>
 *
 * <p>An older version of an event is declared as an event of its own record, and {@link
 * Builder#upcast} links it to the next version: the codec then reads it and hands it to its
 * generated {@code upcast} switch, until the current version.
 */
public final class JsonSchema {

  /**
   * An event the codec knows: the name it is stored under, its record, and for an older version the
   * next version its upcaster returns ({@code null} for a current version).
   */
  static final class Event {
    private final String typeName;
    private final JsonRecordType record;
    private final IntegrationEventType integration;

    /** Set once while the schema is built, before any codec can read it. */
    private Event next;

    Event(String typeName, JsonRecordType record, IntegrationEventType integration) {
      this.typeName = typeName;
      this.record = record;
      this.integration = integration;
    }

    String typeName() {
      return typeName;
    }

    JsonRecordType record() {
      return record;
    }

    IntegrationEventType integration() {
      return integration;
    }

    Event next() {
      return next;
    }
  }

  final String codecName;
  final Map<Class<?>, Event> byClass;
  final Map<String, Event> byName;
  final List<IntegrationEventType> integrationEvents;

  private JsonSchema(String codecName, List<Event> events) {
    this.codecName = codecName;
    Map<Class<?>, Event> classes = new HashMap<>();
    Map<String, Event> names = new HashMap<>();
    List<IntegrationEventType> integration = new ArrayList<>();
    for (Event event : events) {
      if (names.putIfAbsent(event.typeName(), event) != null
          || classes.putIfAbsent(event.record().type, event) != null) {
        throw new IllegalStateException(
            codecName + " declares event " + event.typeName() + " or its record twice");
      }
      if (event.integration() != null) {
        integration.add(event.integration());
      }
    }
    integration.sort(Comparator.comparing(IntegrationEventType::cloudEventType));
    this.byClass = classes;
    this.byName = names;
    this.integrationEvents = List.copyOf(integration);
  }

  /** Starts the schema of the codec named {@code codecName}, which messages name. */
  public static Builder builder(String codecName) {
    return new Builder(codecName);
  }

  /** Collects declarations in any order; {@link #build} resolves the names between them. */
  public static final class Builder {

    private final String codecName;
    private final Map<String, JsonType> types = new LinkedHashMap<>();
    private final List<JsonRecordType> records = new ArrayList<>();
    private final Map<JsonMember, String> memberTypes = new LinkedHashMap<>();
    private final Map<JsonSealedType, List<String>> variants = new LinkedHashMap<>();
    private final List<String[]> events = new ArrayList<>();
    private final Map<String, String> upcasts = new LinkedHashMap<>();

    /** What follows a bulk record declaration that is also a domain event. */
    private static final String DOMAIN = " domain ";

    private Builder(String codecName) {
      this.codecName = codecName;
    }

    /**
     * Declares the next record: {@code name} for references and messages, its class, and its
     * components in declaration order, e.g. {@code "note optional string"}.
     */
    public Builder record(String name, Class<?> type, String... components) {
      JsonMember[] members = new JsonMember[components.length];
      for (int i = 0; i < components.length; i++) {
        String[] words = components[i].split(" ", 3);
        JsonMember.Presence presence =
            switch (words.length > 2 ? words[1] : "") {
              case "optional" -> JsonMember.Presence.OPTIONAL;
              case "nullable" -> JsonMember.Presence.NULLABLE;
              default -> JsonMember.Presence.REQUIRED;
            };
        members[i] = new JsonMember(words[0], presence);
        String typeWords =
            presence == JsonMember.Presence.REQUIRED
                ? components[i].substring(words[0].length() + 1)
                : words[2];
        memberTypes.put(members[i], typeWords);
      }
      JsonRecordType record = new JsonRecordType(name, type, records.size(), members);
      records.add(record);
      return declare(name, record);
    }

    /**
     * Declares records in bulk, the form generated codecs use because javac compiles an array of
     * literals much faster than a call per record: pairs of a record's class and its description,
     * {@code "Name(component type, component type)"}, each component as {@link #record} takes it,
     * followed by {@code " domain <typeName>"} when the record is a domain event stored under that
     * name. Each pair is the same as a call of {@link #record}, and of {@link #domainEvent}.
     */
    public Builder records(Object[] declarations) {
      if (declarations.length % 2 != 0) {
        throw new IllegalArgumentException(
            codecName + " declares records in pairs of a class and a description");
      }
      for (int i = 0; i < declarations.length; i += 2) {
        String description = (String) declarations[i + 1];
        int open = description.indexOf('(');
        int close = description.indexOf(')', open + 1);
        if (open <= 0 || close < 0) {
          throw new IllegalArgumentException(
              codecName + " declares a malformed record: " + description);
        }
        String name = description.substring(0, open);
        record(
            name, (Class<?>) declarations[i], components(description.substring(open + 1, close)));
        String rest = description.substring(close + 1);
        if (rest.startsWith(DOMAIN)) {
          domainEvent(rest.substring(DOMAIN.length()), name);
        } else if (!rest.isEmpty()) {
          throw new IllegalArgumentException(
              codecName + " declares a malformed record: " + description);
        }
      }
      return this;
    }

    /** The components of a bulk declaration, separated by {@code ", "}, each as words. */
    private static String[] components(String list) {
      List<String> components = new ArrayList<>();
      int from = 0;
      while (from < list.length()) {
        int comma = list.indexOf(", ", from);
        int end = comma < 0 ? list.length() : comma;
        components.add(list.substring(from, end));
        from = end + 2;
      }
      return components.toArray(new String[0]);
    }

    /** Declares an enum under {@code name} with its constants, e.g. {@code Size.values()}. */
    public Builder enumType(String name, Enum<?>[] constants) {
      return declare(name, new JsonEnumType(name, constants));
    }

    /**
     * Declares a sealed interface under {@code name} with its variants: each the variant's tag, or
     * {@code tag=record} when the record was declared under another name.
     */
    public Builder sealed(String name, String... variantTags) {
      List<String> tags = new ArrayList<>();
      List<String> recordNames = new ArrayList<>();
      for (String variant : variantTags) {
        int equals = variant.indexOf('=');
        tags.add(equals < 0 ? variant : variant.substring(0, equals));
        recordNames.add(equals < 0 ? variant : variant.substring(equals + 1));
      }
      JsonSealedType union = new JsonSealedType(name, tags);
      variants.put(union, recordNames);
      return declare(name, union);
    }

    /**
     * Declares a domain event stored under {@code typeName}, of the record declared as {@code
     * record}.
     */
    public Builder domainEvent(String typeName, String record) {
      events.add(new String[] {typeName, record});
      return this;
    }

    /** Declares an integration event of the record declared as {@code record}. */
    public Builder integrationEvent(String type, int version, String source, String record) {
      events.add(new String[] {null, record, type, Integer.toString(version), source});
      return this;
    }

    /**
     * Declares that the event of record {@code fromRecord}, an older version, becomes the event of
     * record {@code toRecord}, its next version, through the codec's {@code upcast} switch.
     */
    public Builder upcast(String fromRecord, String toRecord) {
      if (upcasts.putIfAbsent(fromRecord, toRecord) != null) {
        throw new IllegalStateException(codecName + " upcasts " + fromRecord + " twice");
      }
      return this;
    }

    /** Resolves every name; a name nothing declared is a bug in the generated code. */
    public JsonSchema build() {
      memberTypes.forEach((member, words) -> member.type = type(words));
      variants.forEach(
          (union, names) ->
              union.variants = names.stream().map(this::record).toArray(JsonRecordType[]::new));
      List<Event> resolved = new ArrayList<>();
      for (String[] event : events) {
        JsonRecordType record = record(event[1]);
        if (event[0] != null) {
          resolved.add(new Event(event[0], record, null));
        } else {
          IntegrationEventType type =
              new IntegrationEventType(event[2], Integer.parseInt(event[3]), event[4], record.type);
          resolved.add(new Event(type.cloudEventType(), record, type));
        }
      }
      linkVersions(resolved);
      return new JsonSchema(codecName, resolved);
    }

    /** Links each older version to its next one; a chain that loops is a bug in generated code. */
    private void linkVersions(List<Event> resolved) {
      Map<String, Event> byRecord = new HashMap<>();
      resolved.forEach(event -> byRecord.put(event.record().name, event));
      upcasts.forEach(
          (from, to) -> {
            Event older = byRecord.get(from);
            Event newer = byRecord.get(to);
            if (older == null || newer == null) {
              throw new IllegalStateException(
                  codecName + " upcasts " + from + " to " + to + ", which is not an event");
            }
            older.next = newer;
          });
      for (Event event : resolved) {
        Event step = event;
        for (int steps = 0; step != null; steps++) {
          if (steps > resolved.size()) {
            throw new IllegalStateException(
                codecName + " upcasts " + event.typeName() + " in a loop");
          }
          step = step.next;
        }
      }
    }

    private Builder declare(String name, JsonType type) {
      if (types.putIfAbsent(name, type) != null) {
        throw new IllegalStateException(codecName + " declares the JSON type " + name + " twice");
      }
      return this;
    }

    private JsonType type(String words) {
      int space = words.indexOf(' ');
      String first = space < 0 ? words : words.substring(0, space);
      JsonContainerType.Kind container =
          switch (first) {
            case "list" -> JsonContainerType.Kind.LIST;
            case "set" -> JsonContainerType.Kind.SET;
            case "map" -> JsonContainerType.Kind.MAP;
            default -> null;
          };
      if (container != null && space > 0) {
        return new JsonContainerType(container, type(words.substring(space + 1)));
      }
      JsonScalar scalar = JsonScalar.forKeyword(words);
      if (scalar != null) {
        return scalar;
      }
      JsonType declared = types.get(words);
      if (declared == null) {
        throw new IllegalStateException(codecName + " uses the undeclared JSON type " + words);
      }
      return declared;
    }

    private JsonRecordType record(String name) {
      if (types.get(name) instanceof JsonRecordType record) {
        return record;
      }
      throw new IllegalStateException(codecName + " uses the undeclared record " + name);
    }
  }
}
