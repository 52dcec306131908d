package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.herald.runtime.EventSourcedAggregate;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.spi.EventEnvelope;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An event-sourced loyalty account with an older version of one of its events: the generated
 * applier and codec against golden files, and run: the account applies what it raises and what it
 * replays, and the codec reads the older version as the current record.
 */
class EventSourcingTest {

  private static final boolean UPDATE =
      Boolean.getBoolean("herald.golden.update")
          || "true".equalsIgnoreCase(System.getenv("HERALD_GOLDEN_UPDATE"));

  private static final Path EXPECTED =
      Path.of(System.getProperty("herald.golden.dir", "src/test/resources/expected"))
          .resolve("sourcing");

  static final List<String> LOYALTY =
      List.of(
          "sourcing/good/LoyaltyEvent.java",
          "sourcing/good/PointsEarned.java",
          "sourcing/good/PointsEarnedV1.java",
          "sourcing/good/PointsRedeemed.java",
          "sourcing/good/LoyaltyAccount.java",
          "sourcing/good/LoyaltyReport.java");

  private static Compilation compilation;
  private static CompiledClassLoader classes;

  @BeforeAll
  static void compileTheLoyaltyDomain() {
    compilation = Sources.compile(Sources.sources(LOYALTY), List.of());
    assertThat(compilation).succeededWithoutWarnings();
    classes = new CompiledClassLoader(compilation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"loyalty.LoyaltyAccountApplier", "loyalty.LoyaltyEventCodec"})
  void generatedSourceMatchesTheGoldenFile(String qualifiedName) throws IOException {
    String actual =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow()
            .getCharContent(false)
            .toString();
    Path golden =
        EXPECTED.resolve(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1) + ".java");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertThat(compilation)
        .generatedSourceFile(qualifiedName)
        .hasSourceEquivalentTo(JavaFileObjects.forSourceString(qualifiedName, expected));
    assertEquals(
        expected, actual, "rewrite with -Dherald.golden.update=true if the change is intended");
  }

  @Test
  void theAccountAppliesWhatItRaisesThroughTheGeneratedApplier() throws Exception {
    Object account = newAccount("luigi");
    call(account, "earn", "o-1", 30);
    call(account, "redeem", 10);

    assertEquals(20, call(account, "balance"));
    EventSourcedAggregate<?, ?> aggregate = (EventSourcedAggregate<?, ?>) account;
    assertEquals(2, aggregate.uncommittedEvents().size());
    InvocationTargetException refused =
        assertThrows(InvocationTargetException.class, () -> call(account, "redeem", 21));
    assertEquals("only 20 points", refused.getCause().getMessage());
  }

  @Test
  void theAccountIsRebuiltFromItsHistory() throws Exception {
    Object earned = newRecord("loyalty.PointsEarned", "peach", "o-2", 12);
    Object redeemed = newRecord("loyalty.PointsRedeemed", "peach", 5);
    Object account = newAccount("peach");

    ((EventSourcedAggregate<?, ?>) account).replay(List.of(stored(1, earned), stored(2, redeemed)));

    assertEquals(7, call(account, "balance"));
    assertEquals(2, ((EventSourcedAggregate<?, ?>) account).committedVersion());
  }

  @Test
  void theCodecReadsTheOlderVersionAsTheCurrentRecord() throws Exception {
    EventCodec codec = (EventCodec) newInstance("loyalty.LoyaltyEventCodec");

    Object upcast = codec.decode("loyalty.points-earned", "{\"customer\":\"toad\",\"points\":4}");

    assertEquals(newRecord("loyalty.PointsEarned", "toad", "unknown", 4), upcast);
    assertEquals("loyalty.points-earned.v2", codec.typeName(upcast.getClass()));
    Object current = newRecord("loyalty.PointsEarned", "toad", "o-3", 8);
    assertEquals(current, codec.decode("loyalty.points-earned.v2", codec.encode(current)));
  }

  @Test
  void aStoredOlderVersionReplaysIntoTheAccountThroughTheCodec() throws Exception {
    EventCodec codec = (EventCodec) newInstance("loyalty.LoyaltyEventCodec");
    Object older = newRecord("loyalty.PointsEarnedV1", "yoshi", 9);
    String storedName = codec.typeName(older.getClass());
    String json = codec.encode(older);
    Object account = newAccount("yoshi");

    ((EventSourcedAggregate<?, ?>) account)
        .replay(List.of(stored(1, codec.decode(storedName, json))));

    assertEquals("loyalty.points-earned", storedName);
    assertEquals(9, call(account, "balance"));
  }

  @Test
  void anOlderVersionNotUpcastIsALoadErrorNamingThePosition() throws Exception {
    Object older = newRecord("loyalty.PointsEarnedV1", "wario", 1);
    EventSourcedAggregate<?, ?> account = (EventSourcedAggregate<?, ?>) newAccount("wario");

    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> account.replay(List.of(stored(1, older))));

    assertEquals(
        "Event #1 of LoyaltyAccount wario is a loyalty.PointsEarnedV1, not one of its events"
            + " (loyalty.LoyaltyEvent)",
        refused.getMessage());
  }

  @Test
  void anUnknownStoredNameIsADecodingError() throws Exception {
    EventCodec codec = (EventCodec) newInstance("loyalty.LoyaltyEventCodec");
    EventDecodingException unknown =
        assertThrows(
            EventDecodingException.class, () -> codec.decode("loyalty.points-earned.v3", "{}"));
    assertTrue(unknown.getMessage().contains("unknown event type"), unknown.getMessage());
  }

  @Test
  void theCatalogShowsEveryVersionAndItsUpcaster() throws IOException {
    String catalog =
        compilation
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT, "", "META-INF/herald/loyalty/events.md")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertTrue(
        catalog.contains(
            "Stored as `loyalty.points-earned`, version 1, an older version: read as"
                + " `loyalty.PointsEarned` through `PointsEarnedV1.toV2`."),
        catalog);
    assertTrue(catalog.contains("Stored as `loyalty.points-earned.v2`, version 2."), catalog);
    assertTrue(catalog.contains(" -.->|upcast| "), catalog);
  }

  private static EventEnvelope stored(long sequence, Object event) {
    return new EventEnvelope(
        UUID.randomUUID(), "LoyaltyAccount", "a", sequence, Instant.EPOCH, event);
  }

  private static Object newAccount(String customer) throws Exception {
    return classes
        .loadClass("loyalty.LoyaltyAccount")
        .getConstructor(String.class)
        .newInstance(customer);
  }

  private static Object newInstance(String className) throws Exception {
    return classes.loadClass(className).getConstructor().newInstance();
  }

  private static Object newRecord(String className, Object... components) throws Exception {
    Class<?> type = classes.loadClass(className);
    Object made = type.getDeclaredConstructors()[0].newInstance(components);
    return assertInstanceOf(type, made);
  }

  private static Object call(Object target, String method, Object... arguments) throws Exception {
    for (var candidate : target.getClass().getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        return candidate.invoke(target, arguments);
      }
    }
    throw new NoSuchMethodException(method);
  }
}
