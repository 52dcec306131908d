package dev.herald.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.herald.processor.writing.SourceWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The processor is found by javac (auto-service) and by Gradle's incremental compilation. */
class RegistrationTest {

  @Test
  void javacFindsTheProcessor() throws IOException {
    assertEquals(
        HeraldProcessor.class.getName(),
        resource("META-INF/services/javax.annotation.processing.Processor").strip());
  }

  @Test
  void gradleTreatsItAsAnAggregatingProcessor() throws IOException {
    assertEquals(
        HeraldProcessor.class.getName() + ",aggregating",
        resource("META-INF/gradle/incremental.annotation.processors").strip());
  }

  @Test
  void generatedSourcesNameTheProcessor() {
    assertEquals(HeraldProcessor.class.getName(), SourceWriter.GENERATOR);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HeraldProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
