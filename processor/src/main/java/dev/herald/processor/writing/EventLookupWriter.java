package dev.herald.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.naming.HeraldNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes how the generated table finds an event record's routes: the known records and their route
 * indexes as two parallel arrays of literals, which javac compiles quickly, put once into a map by
 * class, which answers in the same time for ten records as for a thousand.
 */
final class EventLookupWriter {

  static final TypeName CLASS_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  private static final TypeName ROUTE_INDEXES = ArrayTypeName.of(TypeName.INT);

  private static final TypeName ROUTES_BY_TYPE_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), CLASS_OF_ANY, ROUTE_INDEXES);

  /** The map from each known record to its routes. */
  static final String ROUTES_BY_TYPE = "ROUTES_BY_TYPE";

  /**
   * Past this many records the two arrays are filled by one method per part, each copying in array
   * literals of its records, so that the class's static initializer stays within the JVM's 64 KB
   * per method however many records a module declares (4,000 overflowed it).
   */
  static final int EVENTS_PER_METHOD = 500;

  private EventLookupWriter() {}

  /**
   * Each known record, and at the same position its route indexes in delivery order, fan-out to
   * interfaces included; then the map of the two, which {@link #routesByTypeMethods} build.
   */
  static void addRoutesByEvent(TypeSpec.Builder type, CompilationModel model) {
    List<EventModel> events = model.events();
    boolean inParts = inParts(events);
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(CLASS_OF_ANY),
                HeraldNames.EVENT_TYPES,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Every event record this table knows.\n")
            .initializer(
                inParts
                    ? CodeBlock.of("new $T<?>[$L]", Class.class, events.size())
                    : classLiterals(events))
            .build());
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(ROUTE_INDEXES),
                HeraldNames.ROUTES_BY_EVENT,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The routes of each record of {@code $N}, at the same position.\n",
                HeraldNames.EVENT_TYPES)
            .initializer(inParts ? CodeBlock.of("new int[$L][]", events.size()) : routeRows(events))
            .build());
    type.addField(
        FieldSpec.builder(
                ROUTES_BY_TYPE_MAP,
                ROUTES_BY_TYPE,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The routes of each known record, by class.\n")
            .initializer("routesByType()")
            .build());
  }

  /**
   * The method that puts each known record and its routes into the map {@code ROUTES_BY_TYPE} is
   * built of, and past {@link #EVENTS_PER_METHOD} records the methods that first fill the arrays.
   */
  static List<MethodSpec> routesByTypeMethods(CompilationModel model) {
    List<EventModel> events = model.events();
    MethodSpec.Builder routesByType =
        MethodSpec.methodBuilder("routesByType")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ROUTES_BY_TYPE_MAP);
    List<MethodSpec> parts = new ArrayList<>();
    if (inParts(events)) {
      for (int from = 0, part = 0; from < events.size(); from += EVENTS_PER_METHOD, part++) {
        String name = "addEvents" + part;
        routesByType.addStatement("$N()", name);
        List<EventModel> slice =
            events.subList(from, Math.min(events.size(), from + EVENTS_PER_METHOD));
        // Array literals copied into place rather than a statement per element: javac checks a
        // literal element much faster than an assignment.
        parts.add(
            MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addStatement(
                    "$T.arraycopy(new $T<?>[] $L, 0, $N, $L, $L)",
                    System.class,
                    Class.class,
                    classLiterals(slice),
                    HeraldNames.EVENT_TYPES,
                    from,
                    slice.size())
                .addStatement(
                    "$T.arraycopy(new int[][] $L, 0, $N, $L, $L)",
                    System.class,
                    routeRows(slice),
                    HeraldNames.ROUTES_BY_EVENT,
                    from,
                    slice.size())
                .build());
      }
    }
    parts.add(0, routesByType(routesByType, events.size()));
    return parts;
  }

  private static boolean inParts(List<EventModel> events) {
    return events.size() > EVENTS_PER_METHOD;
  }

  /**
   * Sized for every record up front: growing it step by step re-linked the entries five times in
   * the class's static initializer, which runs interpreted at an application's startup.
   */
  private static MethodSpec routesByType(MethodSpec.Builder method, int records) {
    return method
        .addStatement(
            "$T routes = new $T<>($L)",
            ROUTES_BY_TYPE_MAP,
            HashMap.class,
            records + records / 3 + 1)
        .beginControlFlow(
            "for (int index = 0; index < $N.length; index++)", HeraldNames.EVENT_TYPES)
        .addStatement(
            "routes.put($N[index], $N[index])",
            HeraldNames.EVENT_TYPES,
            HeraldNames.ROUTES_BY_EVENT)
        .endControlFlow()
        .addStatement("return routes")
        .build();
  }

  /** An array initializer of the events' class literals. */
  private static CodeBlock classLiterals(List<EventModel> events) {
    return events.stream()
        .map(event -> CodeBlock.of("$T.class", event.type()))
        .collect(CodeBlock.joining(",$W", "{", "}"));
  }

  /** An array initializer with a row of route indexes per event, named in a comment. */
  private static CodeBlock routeRows(List<EventModel> events) {
    return rows(
        events,
        event -> CodeBlock.of("/* $L */ {$L}", event.type().simpleName(), routeList(event)));
  }

  /** An array initializer with one row per event. */
  private static CodeBlock rows(List<EventModel> events, Function<EventModel, CodeBlock> row) {
    CodeBlock.Builder rows = CodeBlock.builder().add("{");
    if (!events.isEmpty()) {
      rows.add("\n$>$>");
      for (int i = 0; i < events.size(); i++) {
        rows.add(row.apply(events.get(i)));
        rows.add(i < events.size() - 1 ? ",\n" : "$<$<");
      }
    }
    return rows.add("}").build();
  }

  private static CodeBlock routeList(EventModel event) {
    return event.routes().stream()
        .map(route -> CodeBlock.of("$L", route.index()))
        .collect(CodeBlock.joining(",$W"));
  }
}
