package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dagger.internal.codegen.ComponentProcessor;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.runtime.EventContext;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerRoute;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No name a user chooses breaks generated code: a corpus (src/test/resources/clash) of handlers,
 * events, methods and packages named like everything the generated table, module and codec use,
 * compiled under {@code -Xlint:all -Werror}, and then run.
 *
 * <p>The corpus compiles twice. Whole, without Dagger's processor (Dagger is on the class path, so
 * the module is generated and compiled): classes named like {@code java.lang} types ({@code
 * String}, {@code Object}, {@code Override}...) in the generated package shadow the JDK's there,
 * and Dagger's own factories, which live in the handlers' packages, do not survive that. And
 * without those, with Dagger's processor building a component from the generated module.
 */
class NameClashTest {

  /** Files of classes named like java.lang types: too much for Dagger's generated factories. */
  private static final Set<String> NAMED_LIKE_JAVA_LANG =
      Set.of(
          "Boolean",
          "Class",
          "Exception",
          "IllegalArgumentException",
          "IndexOutOfBoundsException",
          "Integer",
          "Long",
          "Math",
          "Object",
          "Override",
          "Record",
          "RuntimeException",
          "String",
          "SuppressWarnings",
          "System");

  private static Compilation whole;
  private static Compilation withDagger;
  private static CompiledClassLoader classes;

  @BeforeAll
  static void compileTheCorpus(@TempDir Path emptySourcePath) {
    // Without a source path javac looks for sources on the class path, where the test resources
    // are: it would compile clash/String.java for any "String" in package clash, left out or not.
    List<String> strict =
        List.of("-Xlint:all,-processing", "-Werror", "-sourcepath", emptySourcePath.toString());
    List<String> all =
        corpus().stream().filter(file -> !file.endsWith("/ClashComponent.java")).toList();
    whole = Sources.compile(Sources.sources(all), strict);
    List<String> daggerSafe =
        corpus().stream().filter(file -> !NAMED_LIKE_JAVA_LANG.contains(simpleName(file))).toList();
    withDagger = Sources.compile(Sources.sources(daggerSafe), strict, new ComponentProcessor());
    classes = new CompiledClassLoader(whole);
  }

  @Test
  void theWholeCorpusCompilesWithoutAWarning() {
    assertThat(whole).succeededWithoutWarnings();
    for (String generated : List.of("ClashHandlerTable", "ClashHeraldModule", "ClashEventCodec")) {
      assertTrue(whole.generatedSourceFile("clash." + generated).isPresent(), generated);
    }
  }

  @Test
  void theTableCallsEveryHandlerWithItsEvent() throws Exception {
    HandlerTable table = newTable();
    List<String> calls = journal(classes);
    calls.clear();

    for (int route = 0; route < table.routes().size(); route++) {
      Object event = newEvent(table.routes().get(route).eventType());
      table.invoke(route, event, new EventContext(UUID.randomUUID(), "a-1", 1, Instant.EPOCH, 3));
    }

    List<String> expected = new ArrayList<>();
    for (HandlerRoute route : table.routes()) {
      Class<?> handler = route.handlerType();
      String prefix =
          handler.getPackageName().equals("clash")
              ? ""
              : handler.getPackageName().substring("clash.".length()) + ".";
      String name = handler.getName().substring(handler.getPackageName().length() + 1);
      expected.add(prefix + name.replace('$', '.') + "." + route.methodName());
    }
    List<String> called = calls.stream().map(call -> call.substring(0, call.indexOf('('))).toList();
    assertEquals(expected, called);
    assertTrue(calls.contains("Override.invoke(Object attempt 3)"), calls.toString());
    assertTrue(calls.contains("Route.invoke(EventCodec attempt 3)"), calls.toString());
  }

  @Test
  void routesOfFindsAnEventsHandlersAndThoseOfItsInterface() throws Exception {
    HandlerTable table = newTable();

    int[] routes = table.routesOf(classes.loadClass("clash.IntoSet"));

    List<String> methods = new ArrayList<>();
    for (int route : routes) {
      methods.add(
          table.routes().get(route).handlerType().getSimpleName()
              + "."
              + table.routes().get(route).methodName());
    }
    assertEquals(List.of("Context.on", "Module.provides"), methods);
  }

  @Test
  void theCodecRoundTripsEventsNamedLikeWhatItUses() throws Exception {
    EventCodec codec =
        (EventCodec) classes.loadClass("clash.ClashEventCodec").getConstructor().newInstance();
    for (String name :
        List.of(
            "clash.String",
            "clash.Object",
            "clash.JsonWriter",
            "clash.nested.Outer$Events$Cancelled")) {
      Object event = newEvent(classes.loadClass(name));
      String typeName = codec.typeName(event.getClass());
      assertEquals(event, codec.decode(typeName, codec.encode(event)), name);
    }
  }

  @Test
  void theCodecRoundTripsComponentsNamedLikeItsVariables() throws Exception {
    EventCodec codec =
        (EventCodec) classes.loadClass("clash.ClashEventCodec").getConstructor().newInstance();
    Object event = newEvent(classes.loadClass("clash.events.Locals"));

    assertEquals(event, codec.decode(codec.typeName(event.getClass()), codec.encode(event)));
  }

  @Test
  void daggerBuildsTheTableAndTheCodecFromTheGeneratedModule() throws Exception {
    assertThat(withDagger).succeededWithoutWarnings();
    CompiledClassLoader daggerClasses = new CompiledClassLoader(withDagger);
    Object component =
        daggerClasses.loadClass("clash.DaggerClashComponent").getMethod("create").invoke(null);
    Class<?> componentType = daggerClasses.loadClass("clash.ClashComponent");
    Set<?> tables = (Set<?>) componentType.getMethod("tables").invoke(component);
    Set<?> codecs = (Set<?>) componentType.getMethod("codecs").invoke(component);

    assertEquals(1, tables.size());
    assertEquals(1, codecs.size());
    HandlerTable table = (HandlerTable) tables.iterator().next();
    Object event =
        daggerClasses.loadClass("clash.Generated").getConstructor(long.class).newInstance(7L);
    List<String> calls = journal(daggerClasses);
    for (int route : table.routesOf(event.getClass())) {
      table.invoke(route, event, null);
    }
    assertEquals(
        List.of(
            "Route.routes(Generated)",
            "Routes.on(Generated)",
            "other.ClashHandlerTable.on(Generated)"),
        calls);
  }

  @Test
  void aPackageNamedLikeAGeneratedClassIsAClearErrorAndTheNameOptionResolvesIt() {
    List<JavaFileObject> sources =
        List.of(
            JavaFileObjects.forSourceLines(
                "desk.Placed",
                "package desk;",
                "@dev.herald.DomainEvent",
                "public record Placed() {}"),
            JavaFileObjects.forSourceLines(
                "desk.Clerk",
                "package desk;",
                "public final class Clerk {",
                "  @dev.herald.Handles public void on(Placed event) {}",
                "}"),
            JavaFileObjects.forSourceLines(
                "desk.DeskEventCodec.Note",
                "package desk.DeskEventCodec;",
                "public class Note {}"));

    Compilation clash = Sources.compile(sources, List.of());
    Compilation renamed = Sources.compile(sources, List.of("-Aherald.name=FrontDesk"));

    assertThat(clash).failed();
    assertThat(clash).hadErrorCount(1);
    assertThat(clash)
        .hadErrorContaining(
            Diagnostic.GENERATED_CLASS_NAME_IS_A_PACKAGE.format("desk.DeskEventCodec"));
    assertThat(renamed).succeededWithoutWarnings();
    assertTrue(renamed.generatedSourceFile("desk.FrontDeskEventCodec").isPresent());
  }

  /** The table, its handlers created by their no-argument constructors. */
  private static HandlerTable newTable() throws Exception {
    Constructor<?> constructor = classes.loadClass("clash.ClashHandlerTable").getConstructors()[0];
    List<Object> providers = new ArrayList<>();
    for (java.lang.reflect.Type parameter : constructor.getGenericParameterTypes()) {
      Class<?> handler = (Class<?>) ((ParameterizedType) parameter).getActualTypeArguments()[0];
      Object instance = handler.getConstructor().newInstance();
      providers.add((Provider<Object>) () -> instance);
    }
    return (HandlerTable) constructor.newInstance(providers.toArray());
  }

  /** An event of the type, or of a record implementing it: corpus records have long components. */
  private static Object newEvent(Class<?> type) throws Exception {
    Class<?> record = type.isInterface() ? classes.loadClass("clash.IntoSet") : type;
    int count = record.getRecordComponents().length;
    Class<?>[] types = new Class<?>[count];
    Object[] values = new Object[count];
    for (int i = 0; i < count; i++) {
      types[i] = long.class;
      values[i] = 40L + i;
    }
    return record.getConstructor(types).newInstance(values);
  }

  /** The calls the handlers loaded by the given class loader recorded. */
  @SuppressWarnings("unchecked")
  private static List<String> journal(ClassLoader loader) throws Exception {
    return (List<String>) loader.loadClass("clash.Journal").getField("CALLS").get(null);
  }

  private static String simpleName(String file) {
    return file.substring(file.lastIndexOf('/') + 1, file.length() - ".java".length());
  }

  /** Every source file under src/test/resources/clash, as resource names. */
  private static List<String> corpus() {
    try {
      Path root = Path.of(NameClashTest.class.getClassLoader().getResource("clash").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(file -> file.toString().endsWith(".java"))
            .map(file -> "clash/" + root.relativize(file).toString().replace('\\', '/'))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
