package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.herald.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Herald's warnings about event design: reported where they apply, silenced where suppressed. */
class WarningTest {

  @Test
  void warnsAboutAnEventNothingHandles() {
    List<JavaFileObject> sources = Sources.sources(List.of("warnings/UnhandledEvent.java"));

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(Diagnostic.UNHANDLED_EVENT.format("UnhandledEvent"))
        .inFile(sources.get(0))
        .onLineContaining("public record UnhandledEvent");
    assertEquals(1, heraldWarnings(compilation));
  }

  @Test
  void suppressWarningsSilencesTheUnhandledEventWarning() {
    Compilation compilation =
        Sources.compile(
            Sources.sources(List.of("warnings/SuppressedUnhandledEvent.java")), List.of());

    assertThat(compilation).succeeded();
    assertEquals(0, heraldWarnings(compilation));
  }

  @Test
  void warnsAboutCommandLikeAndGenericChangeNamesUnlessSuppressed() {
    List<JavaFileObject> sources =
        Sources.sources(
            List.of(
                "warnings/SendEmail.java",
                "warnings/OrderUpdated.java",
                "warnings/SuppressedSendEmail.java",
                "warnings/SuppressedOrderChanged.java",
                "warnings/WarningsHandler.java"));

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(Diagnostic.COMMAND_LIKE_EVENT_NAME.format("SendEmail", "Send"))
        .inFile(sources.get(0))
        .onLineContaining("public record SendEmail");
    assertThat(compilation)
        .hadWarningContaining(
            Diagnostic.GENERIC_CHANGE_EVENT_NAME.format("OrderUpdated", "updated"))
        .inFile(sources.get(1))
        .onLineContaining("public record OrderUpdated");
    // UpdateInventory and OrderChanged are named just as badly, but suppressed.
    assertEquals(2, heraldWarnings(compilation));
  }

  @Test
  void warnsAboutADomainEventTheCodecCannotWriteUnlessSuppressed() throws IOException {
    List<JavaFileObject> sources =
        Sources.sources(
            List.of(
                "warnings/UnserializableDomainEvent.java",
                "warnings/SuppressedUnserializableDomainEvent.java",
                "warnings/SerializationHandler.java"));

    Compilation compilation = Sources.compile(sources, List.of());

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            Diagnostic.DOMAIN_EVENT_NOT_SERIALIZABLE.format(
                "UnserializableDomainEvent",
                Diagnostic.CODEC_UNSUPPORTED_TYPE.problem(
                    "UnserializableDomainEvent.worker", "java.lang.Thread")))
        .inFile(sources.get(0))
        .onLineContaining("Thread worker");
    assertEquals(1, heraldWarnings(compilation));
    // The codec leaves both out rather than failing on them; the table still routes them.
    String codec =
        compilation
            .generatedSourceFile("warnings.WarningsEventCodec")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertFalse(codec.contains("UnserializableDomainEvent"), codec);
    assertTrue(compilation.generatedSourceFile("warnings.WarningsHandlerTable").isPresent());
  }

  private static long heraldWarnings(Compilation compilation) {
    return compilation.warnings().stream()
        .filter(warning -> warning.getMessage(Locale.ROOT).startsWith("[HERALD-"))
        .count();
  }
}
