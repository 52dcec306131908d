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
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes how the generated table finds an event record's routes: an array of route indexes per
 * known record, and a lookup of the record's position by class name, split by the name's hash so
 * that it takes the same time for ten records as for a thousand and loads no other event class.
 */
final class EventLookupWriter {

  private static final TypeName CLASS_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  /** The most event names one generated lookup method switches over; more are split by hash. */
  private static final int EVENTS_PER_METHOD = 64;

  private EventLookupWriter() {}

  /** Each known record's route indexes, in delivery order, fan-out to interfaces included. */
  static void addRoutesByEvent(TypeSpec.Builder type, CompilationModel model, String eventIndex) {
    CodeBlock.Builder rows = CodeBlock.builder().add("{");
    List<EventModel> events = model.events();
    if (!events.isEmpty()) {
      rows.add("\n$>$>");
      for (int i = 0; i < events.size(); i++) {
        EventModel event = events.get(i);
        rows.add("/* $L */ {$L}", event.type().simpleName(), routeList(event));
        rows.add(i < events.size() - 1 ? ",\n" : "$<$<");
      }
    }
    type.addField(
        FieldSpec.builder(
                ArrayTypeName.of(ArrayTypeName.of(TypeName.INT)),
                HeraldNames.ROUTES_BY_EVENT,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The routes of each event record this table knows, at the index {@code $N} gives"
                    + " it.\n",
                eventIndex)
            .initializer(rows.add("}").build())
            .build());
  }

  private static CodeBlock routeList(EventModel event) {
    return event.routes().stream()
        .map(route -> CodeBlock.of("$N", route.constantName()))
        .collect(CodeBlock.joining(",$W"));
  }

  /**
   * The index of a known record in {@code ROUTES_BY_EVENT}, or -1: a switch on the class's name,
   * split by the name's hash past {@link #EVENTS_PER_METHOD} names so that every part stays small
   * enough to be compiled by the JIT.
   */
  static void addEventIndexMethods(
      TypeSpec.Builder type, CompilationModel model, String eventIndex) {
    List<EventModel> events = model.events();
    MethodSpec.Builder lookup =
        MethodSpec.methodBuilder(eventIndex)
            .addJavadoc(
                "The position of a record this table knows, or -1; by name, so that no other"
                    + " event\nclass is loaded, and in the same time for any number of events.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(CLASS_OF_ANY, "eventType");
    int parts = (events.size() + EVENTS_PER_METHOD - 1) / EVENTS_PER_METHOD;
    if (parts <= 1) {
      addNameSwitch(lookup, events, allIndexes(events.size()));
      type.addMethod(lookup.build());
      return;
    }
    List<List<Integer>> buckets = new ArrayList<>();
    for (int part = 0; part < parts; part++) {
      buckets.add(new ArrayList<>());
    }
    for (int i = 0; i < events.size(); i++) {
      // String.hashCode is specified, so the processor computes what the running code will.
      buckets.get(Math.floorMod(binaryName(events.get(i)).hashCode(), parts)).add(i);
    }
    lookup.beginControlFlow(
        "switch ($T.floorMod(eventType.getName().hashCode(), $L))", Math.class, parts);
    for (int part = 0; part < parts; part++) {
      lookup.addCode("case $L:\n$>", part);
      lookup.addStatement("return $N$L(eventType)", eventIndex, part);
      lookup.addCode("$<");
      MethodSpec.Builder method =
          MethodSpec.methodBuilder(eventIndex + part)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(TypeName.INT)
              .addParameter(CLASS_OF_ANY, "eventType");
      addNameSwitch(method, events, buckets.get(part));
      type.addMethod(method.build());
    }
    lookup.addCode("default:\n$>").addStatement("return -1").addCode("$<");
    type.addMethod(lookup.endControlFlow().build());
  }

  private static List<Integer> allIndexes(int size) {
    List<Integer> indexes = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      indexes.add(i);
    }
    return indexes;
  }

  private static void addNameSwitch(
      MethodSpec.Builder method, List<EventModel> events, List<Integer> indexes) {
    if (indexes.isEmpty()) {
      method.addStatement("return -1");
      return;
    }
    method.beginControlFlow("switch (eventType.getName())");
    for (int index : indexes) {
      EventModel event = events.get(index);
      // The name matches; the identity check rules out a same-named class of another loader.
      method
          .addCode("case $S:\n$>", binaryName(event))
          .addStatement("return eventType == $T.class ? $L : -1", event.type(), index)
          .addCode("$<");
    }
    method.addCode("default:\n$>").addStatement("return -1").addCode("$<");
    method.endControlFlow();
  }

  /** The name {@link Class#getName()} returns for the record: nested classes joined by '$'. */
  private static String binaryName(EventModel event) {
    return event.type().reflectionName();
  }
}
