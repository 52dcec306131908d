package dev.herald.readmetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.herald.readmetest.MarkedDocument.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/getting-started.md as a new user meets them: fresh projects built from the
 * blocks they mark, exactly as written, against this build's artifacts, run with the Maven that
 * runs this build (3.8.7 in CI). If a document changes, this test reads the new text.
 *
 * <p>The marks: README.md's {@code maven-setup} (the sections for a user's pom; its lines marked
 * {@code <!-- with Dagger -->} are what a user without Dagger leaves out), {@code dagger} and
 * {@code plain} (the wiring files of each variant) and {@code prints}; the guide's {@code guide}
 * (its pom and its own files), {@code domain} (the event, aggregate, handler and test that the
 * README's variants reuse), and each {@code run} command followed by what it {@code prints}.
 */
class ReadmeIT {

  private static final String DAGGER_LINE = "<!-- with Dagger -->";
  private static final String MAIN = "com.example.library.Main";
  private static final String GENERATED_MODULE =
      "target/classes/com/example/library/LibraryHeraldModule.class";

  private static MarkedDocument readme;
  private static MarkedDocument guide;
  private static UserMaven maven;
  private static Path work;
  private static String execPlugin;

  @BeforeAll
  static void readDocuments() throws Exception {
    Path root = Path.of(property("readme.root"));
    readme = MarkedDocument.read(root.resolve("README.md"));
    guide = MarkedDocument.read(root.resolve("docs/getting-started.md"));
    work = Path.of(property("readme.work"));
    maven =
        UserMaven.create(
            Path.of(property("readme.mavenHome")),
            Path.of(property("readme.repository")),
            Path.of(property("readme.buildRepository")),
            work);
    execPlugin = property("readme.execPlugin");
  }

  @Test
  void readmeSetupWithDaggerBuildsAndRuns() throws Exception {
    UserProject project =
        buildAndRunReadmeProject(
            "readme-with-dagger", readme.single("maven-setup").text(), "dagger");

    assertTrue(project.has(GENERATED_MODULE), "the generated Dagger module was compiled");
  }

  @Test
  void readmeSetupWithoutDaggerBuildsAndRuns() throws Exception {
    String setup = readme.single("maven-setup").text();
    String withoutDagger = withoutLinesContaining(setup, DAGGER_LINE);
    assertEquals(
        2,
        setup.lines().count() - withoutDagger.lines().count(),
        "the README says to leave out two lines marked " + DAGGER_LINE);
    assertFalse(
        withoutDagger.toLowerCase(Locale.ROOT).contains("dagger"),
        "nothing of Dagger is left once the marked lines are gone:\n" + withoutDagger);
    UserProject project = buildAndRunReadmeProject("readme-without-dagger", withoutDagger, "plain");

    assertFalse(project.has(GENERATED_MODULE), "no Dagger module without Dagger");
  }

  @Test
  void gettingStartedBuildsRunsAndTests() throws Exception {
    UserProject project =
        UserProject.create(work.resolve("getting-started"))
            .writeAll(guide.files("guide"))
            .writeAll(guide.files("domain"));
    List<Block> steps = guide.blocks().stream().filter(ReadmeIT::isRunOrPrints).toList();
    assertFalse(steps.isEmpty(), "the guide shows commands to run");

    for (int i = 0; i < steps.size(); i += 2) {
      Block run = steps.get(i);
      Block prints = i + 1 < steps.size() ? steps.get(i + 1) : null;
      assertEquals("run", run.kind(), "line " + run.line() + ": a 'prints' without its 'run'");
      assertTrue(
          prints != null && prints.kind().equals("prints"),
          "line " + run.line() + ": a 'run' shows what it prints");
      maven.run(project, userArguments(run.text())).assertSucceeded().assertPrints(prints.text());
    }
  }

  /**
   * Builds a project from the README's setup, the guide's domain and the README's wiring files of
   * one kind; runs its tests, then its main class, and checks both against the README.
   */
  private static UserProject buildAndRunReadmeProject(String directory, String setup, String wiring)
      throws Exception {
    UserProject project =
        UserProject.create(work.resolve(directory))
            .writePomAround(setup)
            .writeAll(guide.files("domain"))
            .writeAll(readme.files(wiring));
    maven
        .run(project, List.of("test", execPlugin + ":java", "-Dexec.mainClass=" + MAIN))
        .assertSucceeded()
        .assertTestsPassed()
        .assertPrints(readme.single("prints").text());
    return project;
  }

  private static boolean isRunOrPrints(Block block) {
    return block.kind().equals("run") || block.kind().equals("prints");
  }

  /** The arguments of a documented {@code mvn ...} command. */
  private static List<String> userArguments(String command) {
    List<String> words = new ArrayList<>(Arrays.asList(command.strip().split("\\s+")));
    assertEquals("mvn", words.remove(0), "a documented command starts with mvn: " + command);
    return words;
  }

  private static String withoutLinesContaining(String text, String mark) {
    StringBuilder kept = new StringBuilder();
    text.lines()
        .filter(line -> !line.contains(mark))
        .forEach(line -> kept.append(line).append('\n'));
    return kept.toString();
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run this test through Maven (failsafe)");
    }
    return value;
  }
}
