package dev.herald.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the generated codec and contract of the codec samples to files a person reviewed, so that a
 * change to their shape shows up in review; {@code mvn ... -Dherald.golden.update=true} rewrites
 * them on purpose.
 */
class CodecGoldenTest {

  private static final Path DIRECTORY =
      Path.of(System.getProperty("herald.golden.dir", "src/test/resources/expected"))
          .resolve("codec");

  @Test
  void codecAndContractMatchTheReviewedFiles() throws IOException {
    Compilation compilation = CodecTest.compileGood();
    check(
        "ShopEventCodec.java",
        compilation
            .generatedSourceFile("shop.ShopEventCodec")
            .orElseThrow()
            .getCharContent(true)
            .toString());
    check("integration-events.json", CodecTest.contract(compilation));
  }

  private static void check(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("herald.golden.update")) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8), actual, name + " differs from " + file);
  }
}
