package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.herald.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One compilation per error about event-sourced aggregates and event versions (HERALD-401 to 462),
 * each beside the valid loyalty domain of {@link EventSourcingTest}: exactly the expected errors,
 * the message built from the {@link Diagnostic} constant, on the expected file and line.
 */
class SourcingDiagnosticTest {

  private static final String EARNED_V1 = "domain event 'loyalty.points-earned'";

  static Stream<DiagnosticTest.Case> cases() {
    return Stream.of(
        error(
            Diagnostic.APPLIES_OUTSIDE_AGGREGATE,
            "NotAnAggregate",
            "void on(PointsEarned event)",
            "NotAnAggregate.on(PointsEarned)",
            "NotAnAggregate",
            "NotAnAggregate"),
        error(
            Diagnostic.APPLY_METHOD_PRIVATE,
            "PrivateApplyAccount",
            "private void on(PointsRedeemed",
            "PrivateApplyAccount.on(PointsRedeemed)",
            "PrivateApplyAccountApplier"),
        error(
            Diagnostic.APPLY_METHOD_STATIC,
            "StaticApplyAccount",
            "static void on(PointsRedeemed",
            "StaticApplyAccount.on(PointsRedeemed)"),
        error(
            Diagnostic.APPLY_METHOD_PARAMETERS,
            "TwoParameterApplyAccount",
            "void on(PointsRedeemed event, int extra)",
            "TwoParameterApplyAccount.on(PointsRedeemed, int)",
            2),
        error(
            Diagnostic.APPLY_METHOD_RETURNS,
            "ReturningApplyAccount",
            "int on(PointsRedeemed event)",
            "ReturningApplyAccount.on(PointsRedeemed)",
            "int"),
        error(
            Diagnostic.APPLY_METHOD_THROWS_CHECKED,
            "ThrowingApplyAccount",
            "throws IOException",
            "ThrowingApplyAccount.on(PointsRedeemed)",
            "IOException"),
        new DiagnosticTest.Case(
            Diagnostic.APPLY_METHOD_NOT_VISIBLE,
            files("base/BaseAccount", "SubAccount"),
            "void on(PointsRedeemed event)",
            1,
            "BaseAccount.on(PointsRedeemed)",
            "SubAccount",
            "SubAccountApplier",
            "loyalty"),
        error(
            Diagnostic.UNREACHABLE_APPLY_METHOD,
            "UnreachableApplyAccount",
            "void on(String note)",
            "UnreachableApplyAccount.on(String)",
            "String",
            "LoyaltyEvent",
            "UnreachableApplyAccount",
            "String",
            "LoyaltyEvent"),
        error(
            Diagnostic.DUPLICATE_APPLY_METHOD,
            "DuplicateApplyAccount",
            "void again(PointsEarned event)",
            "DuplicateApplyAccount.again(PointsEarned)",
            "PointsEarned",
            "DuplicateApplyAccount.on(PointsEarned)"),
        error(
            Diagnostic.MISSING_APPLY_METHOD,
            "MissingApplyAccount",
            "public final class MissingApplyAccount",
            "MissingApplyAccount",
            "PointsRedeemed",
            "LoyaltyEvent",
            "PointsRedeemed"),
        error(
            Diagnostic.AGGREGATE_EVENT_TYPE_NOT_SEALED,
            "OpenEventAccount",
            "public final class OpenEventAccount",
            "OpenEventAccount",
            "OpenEventAccount.Remark",
            "OpenEventAccount.Remark"),
        error(
            Diagnostic.AGGREGATE_EVENT_TYPE_PERMITS_OTHER,
            "MixedEventAccount",
            "public final class MixedEventAccount",
            "MixedEventAccount.Mixed",
            "MixedEventAccount",
            "MixedEventAccount.Odd"),
        error(
            Diagnostic.AGGREGATE_EVENT_NOT_ANNOTATED,
            "PlainEventAccount",
            "public final class PlainEventAccount",
            "PlainEventAccount.Jotted",
            "PlainEventAccount"),
        error(
            Diagnostic.AGGREGATE_CLASS_PRIVATE,
            "Holder",
            "private static final class SecretAccount",
            "Holder.SecretAccount"),
        error(
            Diagnostic.GENERIC_AGGREGATE,
            "GenericAccount",
            "public final class GenericAccount",
            "GenericAccount"),
        error(
            Diagnostic.AGGREGATE_WITHOUT_EVENT_TYPE,
            "RawAccount",
            "public final class RawAccount",
            "RawAccount",
            "EventSourcedAggregate"),
        error(
            Diagnostic.INVALID_EVENT_VERSION,
            "ZeroVersionPoints",
            "version = 0",
            "ZeroVersionPoints",
            0),
        error(
            Diagnostic.UPCASTER_NOT_STATIC,
            "InstanceUpcaster",
            "PointsEarned up(PointsEarnedV1 old)",
            "InstanceUpcaster.up(PointsEarnedV1)"),
        new DiagnosticTest.Case(
            Diagnostic.UPCASTER_NOT_VISIBLE,
            files("elsewhere/HiddenUpcaster"),
            "static PointsEarned up(PointsEarnedV1 old)",
            1,
            "HiddenUpcaster.up(PointsEarnedV1)",
            "not public (or its class is not)",
            "loyalty",
            "loyalty"),
        error(
            Diagnostic.UPCASTER_PARAMETERS,
            "TwoParameterUpcaster",
            "up(PointsEarnedV1 old, int extra)",
            "TwoParameterUpcaster.up(PointsEarnedV1, int)",
            2),
        error(
            Diagnostic.UPCASTER_THROWS_CHECKED,
            "ThrowingUpcaster",
            "throws IOException",
            "ThrowingUpcaster.up(PointsEarnedV1)",
            "IOException"),
        error(
            Diagnostic.UPCASTER_FROM_NOT_AN_EVENT,
            "FromStringUpcaster",
            "up(String old)",
            "FromStringUpcaster.up(String)",
            "String"),
        error(
            Diagnostic.UPCASTER_TO_NOT_AN_EVENT,
            "ToStringUpcaster",
            "static String up(PointsEarnedV1 old)",
            "ToStringUpcaster.up(PointsEarnedV1)",
            "String"),
        error(
            Diagnostic.UPCASTER_TO_OTHER_EVENT,
            "OtherEventUpcaster",
            "static PointsRedeemed up(PointsEarnedV1 old)",
            "OtherEventUpcaster.up(PointsEarnedV1)",
            "PointsEarnedV1",
            EARNED_V1,
            "PointsRedeemed",
            "domain event 'loyalty.points-redeemed'",
            "loyalty.points-redeemed"),
        new DiagnosticTest.Case(
            Diagnostic.UPCASTER_SKIPS_VERSION,
            files("Stamps"),
            "static Given skip(GivenV1 old)",
            2, // and HERALD-460: version 1 never reaches version 3
            "Stamps.skip(Stamps.GivenV1)",
            1,
            "domain event 'stamps.given'",
            3,
            2),
        error(
            Diagnostic.DUPLICATE_UPCASTER,
            "SecondUpcaster",
            "static PointsEarned again(PointsEarnedV1 old)",
            "SecondUpcaster.again(PointsEarnedV1)",
            "PointsEarnedV1",
            "PointsEarnedV1.toV2(PointsEarnedV1)"),
        error(
            Diagnostic.MISSING_UPCASTER,
            "Tickets",
            "public record CutV1(int count)",
            "Tickets.CutV1",
            1,
            "domain event 'tickets.cut'",
            2,
            "Tickets.Cut",
            2,
            1,
            "Tickets.CutV1",
            2,
            "Tickets.CutV1"),
        new DiagnosticTest.Case(
            Diagnostic.MISSING_UPCASTER,
            files("BrokenCardChain"),
            "public record RenewedV2(String customer, int year)",
            1,
            "BrokenCardChain.RenewedV2",
            2,
            "integration event 'com.loyalty.card.renewed'",
            3,
            "BrokenCardChain.Renewed",
            3,
            2,
            "BrokenCardChain.RenewedV2",
            3,
            "BrokenCardChain.RenewedV2"),
        error(
            Diagnostic.OLDER_VERSION_HANDLED,
            "OlderVersionHandler",
            "public void on(PointsEarnedV1 event)",
            "Handles",
            "OlderVersionHandler.on(PointsEarnedV1)",
            "PointsEarnedV1",
            1,
            EARNED_V1,
            "PointsEarned",
            2,
            "PointsEarned"),
        error(
            Diagnostic.OLDER_VERSION_IN_AGGREGATE_EVENTS,
            "OlderPermittedAccount",
            "public final class OlderPermittedAccount",
            "OlderPermittedAccount.Stamp",
            "OlderPermittedAccount",
            "OlderPermittedAccount.StampV1",
            "OlderPermittedAccount.StampV2",
            "OlderPermittedAccount.StampV1",
            "OlderPermittedAccount.Stamp",
            "OlderPermittedAccount.StampV2"));
  }

  /** The errors of this class, for {@link DiagnosticTest#everyErrorHasATest}. */
  static Stream<Diagnostic> tested() {
    return cases().map(DiagnosticTest.Case::diagnostic);
  }

  private static DiagnosticTest.Case error(
      Diagnostic diagnostic, String file, String line, Object... arguments) {
    return new DiagnosticTest.Case(diagnostic, files(file), line, 1, arguments);
  }

  private static List<String> files(String... names) {
    return Stream.of(names).map(name -> "sourcing/bad/" + name + ".java").toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheErrorOnTheOffendingLine(DiagnosticTest.Case error) {
    List<String> resources = new ArrayList<>(error.files());
    resources.addAll(EventSourcingTest.LOYALTY);
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
  void integrationVersionsWithoutUpcasterArePublishedSideBySide() {
    List<String> resources = new ArrayList<>(EventSourcingTest.LOYALTY);
    resources.add("sourcing/good/CardEvents.java");

    Compilation compilation = Sources.compile(Sources.sources(resources), List.of());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadErrorCount(0);
  }

  @Test
  void anApplyMethodTakingAnOlderVersionIsReportedOnTheMethod() {
    List<JavaFileObject> sources =
        Sources.sources(
            Stream.concat(
                    files("OlderVersionApplyAccount").stream(), EventSourcingTest.LOYALTY.stream())
                .toList());

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.OLDER_VERSION_HANDLED.format(
                "Applies",
                "OlderVersionApplyAccount.on(PointsEarnedV1)",
                "PointsEarnedV1",
                1,
                EARNED_V1,
                "PointsEarned",
                2,
                "PointsEarned"))
        .inFile(sources.get(0))
        .onLineContaining("void on(PointsEarnedV1 event)");
  }

  @Test
  void aChainThatSkipsAVersionAlsoLeavesTheOlderVersionWithoutUpcaster() {
    List<JavaFileObject> sources =
        Sources.sources(
            Stream.concat(files("Stamps").stream(), EventSourcingTest.LOYALTY.stream()).toList());

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation)
        .hadErrorContaining(
            Diagnostic.MISSING_UPCASTER.format(
                "Stamps.GivenV1",
                1,
                "domain event 'stamps.given'",
                3,
                "Stamps.Given",
                2,
                1,
                "Stamps.GivenV1",
                2,
                "Stamps.GivenV1"))
        .inFile(sources.get(0))
        .onLineContaining("public record GivenV1(int count)");
  }
}
