package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation per error Herald reports: it must fail with exactly the expected errors, the
 * message built from the {@link Diagnostic} constant, on the expected file and line.
 */
class DiagnosticTest {

  /** Every error case compiles beside a valid event and handler in package {@code bad}. */
  private static final List<String> BASELINE =
      List.of("bad/OrderPlaced.java", "bad/OrderPlacedHandler.java");

  /**
   * @param diagnostic the expected error
   * @param files the input with the mistake first, all compiled beside {@link #BASELINE}
   * @param line a text that occurs only on the line the error must be reported on
   * @param errors how many errors the compilation must have in all
   * @param arguments the values the message is built with
   */
  record Case(
      Diagnostic diagnostic, List<String> files, String line, int errors, Object... arguments) {

    @Override
    public String toString() {
      return diagnostic.id() + " " + diagnostic.name() + " in " + files.get(0);
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            Diagnostic.UNRESOLVED_TYPE,
            List.of("bad/UnresolvedHandler.java"),
            "void on(MissingEvent",
            2,
            "UnresolvedHandler.on(MissingEvent)"),
        new Case(
            Diagnostic.HANDLER_METHOD_PRIVATE,
            List.of("bad/PrivateMethodHandler.java"),
            "private void on(",
            1,
            "PrivateMethodHandler.on(OrderPlaced)"),
        new Case(
            Diagnostic.HANDLER_METHOD_STATIC,
            List.of("bad/StaticMethodHandler.java"),
            "static void on(",
            1,
            "StaticMethodHandler.on(OrderPlaced)"),
        new Case(
            Diagnostic.HANDLER_METHOD_ABSTRACT,
            List.of("bad/AbstractMethodHandler.java"),
            "abstract void on(",
            1,
            "AbstractMethodHandler.on(OrderPlaced)"),
        new Case(
            Diagnostic.HANDLER_WITHOUT_PARAMETER,
            List.of("bad/NoParameterHandler.java"),
            "void on()",
            1,
            "NoParameterHandler.on()"),
        new Case(
            Diagnostic.NOT_AN_EVENT_TYPE,
            List.of("bad/NotAnEventHandler.java"),
            "void on(String text)",
            1,
            "NotAnEventHandler.on(String)",
            "String"),
        new Case(
            Diagnostic.UNSUPPORTED_SECOND_PARAMETER,
            List.of("bad/SecondParameterHandler.java"),
            "void on(OrderPlaced event, String extra)",
            1,
            "SecondParameterHandler.on(OrderPlaced, String)",
            "String"),
        new Case(
            Diagnostic.TOO_MANY_PARAMETERS,
            List.of("bad/TooManyParametersHandler.java"),
            "void on(OrderPlaced event, EventContext context, String extra)",
            1,
            "TooManyParametersHandler.on(OrderPlaced, EventContext, String)",
            3),
        new Case(
            Diagnostic.UNSUPPORTED_RETURN_TYPE,
            List.of("bad/ReturnTypeHandler.java"),
            "String on(OrderPlaced event)",
            1,
            "ReturnTypeHandler.on(OrderPlaced)",
            "String"),
        new Case(
            Diagnostic.DUPLICATE_HANDLER,
            List.of("bad/DuplicateHandler.java"),
            "void second(",
            1,
            "DuplicateHandler.second(OrderPlaced)",
            "OrderPlaced",
            "AFTER_COMMIT",
            "DuplicateHandler.first(OrderPlaced)"),
        new Case(
            Diagnostic.HANDLER_METHOD_NOT_VISIBLE,
            List.of("bad/elsewhere/NotVisibleMethodHandler.java"),
            "void on(OrderPlaced event)",
            1,
            "NotVisibleMethodHandler.on(OrderPlaced)",
            "bad"),
        new Case(
            Diagnostic.ROUTE_ID_CLASH,
            List.of("bad/RouteIdClashHandler.java"),
            "void on(OrderPlaced event, EventContext context)",
            1,
            "RouteIdClashHandler.on(OrderPlaced, EventContext)",
            "RouteIdClashHandler.on(OrderPlaced)",
            "bad.RouteIdClashHandler#on(OrderPlaced)"),
        new Case(
            Diagnostic.EVENT_TYPE_NOT_VISIBLE,
            List.of(
                "bad/elsewhere/HiddenEvents.java",
                "bad/elsewhere/Hidden.java",
                "bad/elsewhere/SecretPlaced.java"),
            "public void on(Hidden event)",
            1,
            "Hidden",
            "HiddenEvents.on(Hidden)",
            "bad"),
        new Case(
            Diagnostic.HANDLER_CLASS_PRIVATE,
            List.of("bad/PrivateClassHandler.java"),
            "private static final class Inner",
            1,
            "PrivateClassHandler.Inner"),
        new Case(
            Diagnostic.HANDLER_CLASS_INNER,
            List.of("bad/InnerClassHandler.java"),
            "  final class Inner {",
            1,
            "InnerClassHandler.Inner"),
        new Case(
            Diagnostic.HANDLER_CLASS_ABSTRACT,
            List.of("bad/AbstractClassHandler.java"),
            "public abstract class",
            1,
            "AbstractClassHandler"),
        new Case(
            Diagnostic.HANDLER_NOT_CONSTRUCTIBLE,
            List.of("bad/NotConstructibleHandler.java"),
            "public final class NotConstructibleHandler",
            1,
            "NotConstructibleHandler"),
        new Case(
            Diagnostic.HANDLER_CLASS_NOT_VISIBLE,
            List.of("bad/elsewhere/NotVisibleClassHandler.java"),
            "final class NotVisibleClassHandler",
            1,
            "NotVisibleClassHandler",
            "bad"),
        new Case(
            Diagnostic.GENERIC_HANDLER_CLASS,
            List.of("bad/GenericClassHandler.java"),
            "public final class GenericClassHandler<T>",
            1,
            "GenericClassHandler"),
        new Case(
            Diagnostic.HANDLER_NOT_IN_A_CLASS,
            List.of("bad/InterfaceHandler.java"),
            "public interface InterfaceHandler",
            1,
            "InterfaceHandler",
            "an interface"),
        new Case(
            Diagnostic.EVENT_NOT_A_RECORD,
            List.of("bad/NotARecordEvent.java", "bad/NotARecordEventHandler.java"),
            "@DomainEvent",
            1,
            "NotARecordEvent",
            "DomainEvent",
            "a class"),
        new Case(
            Diagnostic.EVENT_NOT_PUBLIC,
            List.of("bad/NotPublicEvent.java"),
            "record OrderShipped",
            1,
            "NotPublicEvent.OrderShipped"),
        new Case(
            Diagnostic.BOTH_EVENT_ANNOTATIONS,
            List.of("bad/BothAnnotationsEvent.java"),
            "@DomainEvent",
            1,
            "BothAnnotationsEvent"),
        new Case(
            Diagnostic.MALFORMED_INTEGRATION_TYPE,
            List.of("bad/MalformedTypeEvent.java"),
            "type = \"OrderPaid\"",
            1,
            "OrderPaid",
            "MalformedTypeEvent"),
        new Case(
            Diagnostic.MALFORMED_INTEGRATION_TYPE,
            List.of("bad/VersionSuffixEvent.java"),
            "type = \"com.example.order.paid.v1\"",
            1,
            "com.example.order.paid.v1",
            "VersionSuffixEvent"),
        new Case(
            Diagnostic.EMPTY_INTEGRATION_SOURCE,
            List.of("bad/EmptySourceEvent.java"),
            "source = \" \"",
            1,
            "EmptySourceEvent"),
        new Case(
            Diagnostic.INVALID_INTEGRATION_VERSION,
            List.of("bad/ZeroVersionEvent.java"),
            "version = 0",
            1,
            "ZeroVersionEvent",
            0),
        new Case(
            Diagnostic.DUPLICATE_INTEGRATION_TYPE,
            List.of("bad/SecondPaidEvent.java", "bad/FirstPaidEvent.java"),
            "type = \"com.example.order.paid\"",
            1,
            "SecondPaidEvent",
            "com.example.order.paid",
            1,
            "FirstPaidEvent"),
        new Case(
            Diagnostic.GENERIC_EVENT,
            List.of("bad/GenericEvent.java"),
            "public record GenericEvent<T>",
            1,
            "GenericEvent"),
        new Case(
            Diagnostic.CODEC_UNSUPPORTED_TYPE,
            List.of("bad/UnserializableConfirmed.java"),
            "File receipt",
            1,
            "UnserializableConfirmed.receipt",
            "java.io.File"),
        new Case(
            Diagnostic.CODEC_UNSUPPORTED_TYPE,
            List.of("bad/UnstorablePlaced.java", "bad/stub/JdbcOutbox.java"),
            "Thread worker",
            1,
            "UnstorablePlaced.worker",
            "java.lang.Thread"),
        codecCase(Diagnostic.CODEC_ARRAY, "ArrayConfirmed", "int[] numbers", "numbers", "int[]"),
        codecCase(
            Diagnostic.CODEC_WILDCARD,
            "WildcardConfirmed",
            "names)",
            "names",
            "? extends java.lang.CharSequence"),
        codecCase(
            Diagnostic.CODEC_RAW_TYPE, "RawConfirmed", "List rawList", "rawList", "java.util.List"),
        codecCase(
            Diagnostic.CODEC_NESTED_OPTIONAL,
            "NestedOptionalConfirmed",
            "maybes)",
            "maybes",
            "java.util.List<java.util.Optional<String>>"),
        codecCase(Diagnostic.CODEC_MAP_KEY, "MapKeyConfirmed", "byNumber)", "byNumber", "Integer"),
        new Case(
            Diagnostic.CODEC_PRIVATE_TYPE,
            List.of("bad/codec/PrivateTypeHolder.java"),
            "Secret secret)",
            1,
            "PrivateTypeHolder.PrivateTypeConfirmed.secret",
            "bad.codec.PrivateTypeHolder.Secret"),
        new Case(
            Diagnostic.CODEC_TYPE_NOT_VISIBLE,
            List.of("bad/elsewhere/HiddenPartConfirmed.java"),
            "Part part)",
            1,
            "HiddenPartConfirmed.part",
            "bad.elsewhere.Part",
            "bad"),
        codecCase(
            Diagnostic.CODEC_GENERIC_RECORD,
            "GenericRecordConfirmed",
            "Pair<String> pair)",
            "pair",
            "bad.codec.GenericRecordConfirmed.Pair"),
        codecCase(
            Diagnostic.CODEC_OPEN_INTERFACE,
            "OpenInterfaceConfirmed",
            "Runnable task)",
            "task",
            "java.lang.Runnable"),
        codecCase(
            Diagnostic.CODEC_SEALED_VARIANT_NOT_RECORD,
            "SealedVariantConfirmed",
            "Animal animal)",
            "animal",
            "bad.codec.SealedVariantConfirmed.Animal",
            "bad.codec.SealedVariantConfirmed.Cat"),
        codecCase(
            Diagnostic.CODEC_SEALED_TAG_CLASH,
            "TagClashConfirmed",
            "Kind kind)",
            "kind",
            "bad.codec.TagClashConfirmed.Kind",
            "bad.codec.TagClashConfirmed.A.Same",
            "bad.codec.TagClashConfirmed.B.Same"),
        codecCase(
            Diagnostic.CODEC_COLLECTION_TYPE,
            "CollectionConfirmed",
            "names)",
            "names",
            "java.util.Collection<String>"),
        new Case(
            Diagnostic.CODEC_UNRESOLVED_TYPE,
            List.of("bad/codec/UnresolvedConfirmed.java"),
            "MissingType missing)",
            2,
            "UnresolvedConfirmed.missing",
            "MissingType"));
  }

  /**
   * A codec rule broken by the second component of {@code bad/codec/<record>.java}, an integration
   * event, so that it is an error.
   */
  private static Case codecCase(
      Diagnostic diagnostic, String record, String line, String component, Object... details) {
    Object[] arguments = new Object[details.length + 1];
    arguments[0] = record + "." + component;
    System.arraycopy(details, 0, arguments, 1, details.length);
    return new Case(diagnostic, List.of("bad/codec/" + record + ".java"), line, 1, arguments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheErrorOnTheOffendingLine(Case error) {
    List<String> resources = new ArrayList<>(error.files());
    resources.addAll(BASELINE);
    List<JavaFileObject> sources = Sources.sources(resources);

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(error.errors());
    assertThat(compilation)
        .hadErrorContaining(error.diagnostic().format(error.arguments()))
        .inFile(sources.get(0))
        .onLineContaining(error.line());
  }

  @Test
  void rejectsAnInvalidPackageOptionWithoutASourcePosition() {
    Compilation compilation =
        Sources.compile(Sources.sources(BASELINE), List.of("-Aherald.package=bad..orders"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.INVALID_PACKAGE_OPTION.format("bad..orders"));
    assertNull(compilation.errors().get(0).getSource(), "an option has no place in the source");
  }

  @Test
  void rejectsAnInvalidNameOptionWithoutASourcePosition() {
    Compilation compilation =
        Sources.compile(Sources.sources(BASELINE), List.of("-Aherald.name=orders"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.INVALID_NAME_OPTION.format("orders"));
    assertNull(compilation.errors().get(0).getSource(), "an option has no place in the source");
  }

  @Test
  void rejectsAnInvalidCatalogOptionWithoutASourcePosition() {
    Compilation compilation =
        Sources.compile(Sources.sources(BASELINE), List.of("-Aherald.catalog=no"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.INVALID_CATALOG_OPTION.format("no"));
    assertNull(compilation.errors().get(0).getSource(), "an option has no place in the source");
  }

  @Test
  void asksForThePackageWhenEventsAndHandlersShareNone() {
    List<JavaFileObject> sources =
        Sources.sources(List.of("bad/alpha/AlphaEvent.java", "bad/beta/BetaHandler.java"));

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.NO_COMMON_PACKAGE.format())
        .inFile(sources.get(0))
        .onLineContaining("public record AlphaEvent");
  }

  @Test
  void theHeraldPackageOptionResolvesAMissingCommonPackage() {
    List<JavaFileObject> sources =
        Sources.sources(List.of("bad/alpha/AlphaEvent.java", "bad/beta/BetaHandler.java"));

    Compilation compilation =
        Sources.compile(sources, List.of("-Aherald.package=beta", "-Aherald.name=Greek"));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(compilation.generatedSourceFile("beta.GreekHandlerTable").isPresent());
    assertTrue(compilation.generatedSourceFile("beta.GreekHeraldModule").isPresent());
  }

  @Test
  void reportsAFailedWriteWithoutASourcePosition() {
    Compilation compilation =
        Sources.compile(
            Sources.sources(
                List.of(
                    "bad/BadHandlerTable.java",
                    "bad/OrderPlaced.java",
                    "bad/OrderPlacedHandler.java")),
            List.of());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    String expectedStart =
        Diagnostic.WRITE_FAILED.format("bad.BadHandlerTable", "").split(" \\(")[0];
    assertThat(compilation).hadErrorContaining(expectedStart);
    assertNull(compilation.errors().get(0).getSource());
  }

  @Test
  void oneBadElementDoesNotHideTheErrorsOfOthers() {
    List<JavaFileObject> sources =
        Sources.sources(
            List.of(
                "bad/PrivateMethodHandler.java",
                "bad/NotARecordEvent.java",
                "bad/ZeroVersionEvent.java",
                "bad/OrderPlaced.java"));

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.HANDLER_METHOD_PRIVATE.format("PrivateMethodHandler.on(OrderPlaced)"))
        .inFile(sources.get(0))
        .onLineContaining("private void on(");
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.EVENT_NOT_A_RECORD.format("NotARecordEvent", "DomainEvent", "a class"))
        .inFile(sources.get(1))
        .onLineContaining("@DomainEvent");
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.INVALID_INTEGRATION_VERSION.format("ZeroVersionEvent", 0))
        .inFile(sources.get(2))
        .onLineContaining("version = 0");
  }

  @Test
  void everyErrorHasATest() {
    Set<Diagnostic> tested =
        cases()
            .map(Case::diagnostic)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Diagnostic.class)));
    tested.addAll(
        List.of(
            Diagnostic.INVALID_PACKAGE_OPTION,
            Diagnostic.INVALID_NAME_OPTION,
            Diagnostic.INVALID_CATALOG_OPTION,
            Diagnostic.NO_COMMON_PACKAGE,
            Diagnostic.WRITE_FAILED,
            Diagnostic.LATE_ELEMENT, // RoundsTest
            Diagnostic.TOO_MANY_HANDLER_CLASSES, // LargeCompilationTest
            Diagnostic.INVALID_DAGGER_OPTION, // DaggerOptionTest
            Diagnostic.DAGGER_NOT_ON_CLASS_PATH,
            Diagnostic.GENERATED_CLASS_NAME_IS_A_PACKAGE, // NameClashTest
            Diagnostic.MALFORMED_ROUTE_ID, // StableIdTest
            Diagnostic.DUPLICATE_ROUTE_ID,
            Diagnostic.MALFORMED_EVENT_NAME,
            Diagnostic.DUPLICATE_EVENT_NAME,
            Diagnostic.INVALID_IDS_OPTION, // RenameGuardTest
            Diagnostic.INVALID_IDS_UPDATE_OPTION,
            Diagnostic.IDS_UPDATE_WITHOUT_FILE,
            Diagnostic.IDS_FILE_MISSING,
            Diagnostic.IDS_FILE_UNREADABLE,
            Diagnostic.IDS_FILE_MALFORMED,
            Diagnostic.IDS_FILE_NOT_WRITTEN,
            Diagnostic.ROUTE_ID_CHANGED,
            Diagnostic.ROUTE_ID_REMOVED,
            Diagnostic.ROUTE_ID_NOT_IN_IDS_FILE,
            Diagnostic.EVENT_NAME_CHANGED,
            Diagnostic.EVENT_NAME_REMOVED,
            Diagnostic.EVENT_NAME_NOT_IN_IDS_FILE));
    SourcingDiagnosticTest.tested().forEach(tested::add);
    Set<Diagnostic> errors = EnumSet.noneOf(Diagnostic.class);
    Stream.of(Diagnostic.values())
        .filter(diagnostic -> diagnostic.kind() == Kind.ERROR)
        .forEach(errors::add);
    errors.removeAll(tested);
    assertTrue(errors.isEmpty(), "errors without a test: " + errors);
  }

  @Test
  void idsAreUniqueAndMessagesCarryThemInBrackets() {
    Map<String, Diagnostic> byId =
        Stream.of(Diagnostic.values())
            .collect(Collectors.toMap(Diagnostic::id, Function.identity()));
    assertEquals(Diagnostic.values().length, byId.size());
    for (Diagnostic diagnostic : Diagnostic.values()) {
      assertTrue(diagnostic.id().matches("HERALD-\\d{3}"), diagnostic.id());
    }
    assertTrue(
        Diagnostic.HANDLER_METHOD_PRIVATE
            .format("K.on(E)")
            .startsWith("[HERALD-101] @Handles method K.on(E) is private"));
  }
}
