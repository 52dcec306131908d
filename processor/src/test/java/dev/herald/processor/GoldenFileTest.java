package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards that the generated sources stay the code a careful person would write: the example
 * domain's table, module and codec must equal the files under src/test/resources/expected.
 *
 * <p>After an intended change of the output, rewrite them with {@code mvn -pl processor -am verify
 * -Dherald.golden.update=true} (or the environment variable {@code HERALD_GOLDEN_UPDATE=true}) and
 * review the diff.
 */
class GoldenFileTest {

  private static final boolean UPDATE =
      Boolean.getBoolean("herald.golden.update")
          || "true".equalsIgnoreCase(System.getenv("HERALD_GOLDEN_UPDATE"));

  static final Path EXPECTED =
      Path.of(System.getProperty("herald.golden.dir", "src/test/resources/expected"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.example.orders.OrdersHandlerTable",
        "com.example.orders.OrdersHeraldModule",
        "com.example.orders.OrdersEventCodec"
      })
  void generatedSourceMatchesTheGoldenFile(String qualifiedName) throws IOException {
    Compilation compilation = Sources.compile(Sources.sources(Sources.ORDERS), List.of());
    assertThat(compilation).succeededWithoutWarnings();

    assertMatchesGoldenFile(compilation, qualifiedName, EXPECTED);
  }

  /**
   * Compares the generated source with its golden file in {@code directory} (named by its simple
   * name), both as a tree and as text; rewrites the golden file first when asked to.
   */
  static void assertMatchesGoldenFile(Compilation compilation, String qualifiedName, Path directory)
      throws IOException {
    String actual =
        compilation
            .generatedSourceFile(qualifiedName)
            .orElseThrow()
            .getCharContent(false)
            .toString();

    Path golden =
        directory.resolve(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1) + ".java");
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);

    assertThat(compilation)
        .generatedSourceFile(qualifiedName)
        .hasSourceEquivalentTo(JavaFileObjects.forSourceString(qualifiedName, expected));
    // Equivalent trees ignore javadoc and layout, which are part of what a reader gets.
    assertEquals(
        expected, actual, "rewrite with -Dherald.golden.update=true if the change is intended");
  }
}
