package dev.herald.readmetest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Maven that runs this build, run on a user project the way a user would, but against this
 * build's artifacts: the project's local repository is a private one that holds the Herald
 * artifacts of this build (invoker:install put them there), and this build's own local repository
 * is its first remote repository, read as a file:// repository. Whatever this build downloaded is
 * therefore never downloaded again; Maven Central stays the fallback for anything else.
 */
final class UserMaven {

  /** A safety bound only: a user build takes well under a minute. */
  private static final long TIMEOUT_MINUTES = 5;

  private static final Pattern TESTS_RUN =
      Pattern.compile("Tests run: (\\d+), Failures: 0, Errors: 0, Skipped: 0$");

  private final Path executable;
  private final Path settings;
  private final Path repository;

  private UserMaven(Path executable, Path settings, Path repository) {
    this.executable = executable;
    this.settings = settings;
    this.repository = repository;
  }

  /**
   * Writes the settings that make {@code buildRepository} the projects' first repository.
   *
   * @param mavenHome the Maven installation running this build
   * @param repository the projects' private local repository
   * @param buildRepository this build's local repository
   * @param work where the settings file goes
   */
  static UserMaven create(Path mavenHome, Path repository, Path buildRepository, Path work)
      throws IOException {
    Path executable = mavenHome.resolve("bin").resolve("mvn");
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException("No Maven at " + executable + " (readme.mavenHome)");
    }
    String url = buildRepository.toUri().toString();
    // Checksums off: a local repository keeps no checksum files for most of what it holds.
    String repositoryXml =
        """
              <id>this-build</id>
              <url>%s</url>
              <releases><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """
            .formatted(url);
    Path settings = work.resolve("settings.xml");
    Files.createDirectories(work);
    Files.writeString(
        settings,
        """
        <settings>
          <profiles>
            <profile>
              <id>this-build</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>this-build</activeProfile>
          </activeProfiles>
        </settings>
        """
            .formatted(repositoryXml, repositoryXml));
    return new UserMaven(executable, settings, repository);
  }

  /**
   * Runs {@code mvn} with a user's arguments in the project, with batch mode and this test's
   * repositories added.
   */
  Result run(UserProject project, List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.add("-B");
    command.add("-ntp");
    command.add("-s");
    command.add(settings.toString());
    command.add("-Dmaven.repo.local=" + repository);
    command.addAll(arguments);
    Path log = project.directory().resolve("build.log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.directory().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    // Maven 3.9 adds MAVEN_ARGS to every command: this build's must not reach the user's.
    builder.environment().remove("MAVEN_ARGS");
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("mvn " + arguments + " in " + project.directory() + " ran " + TIMEOUT_MINUTES + " min");
    }
    return new Result(
        "mvn " + String.join(" ", arguments), process.exitValue(), Files.readString(log), log);
  }

  /** What one {@code mvn} run printed, with the assertions the documents' promises need. */
  record Result(String command, int exitCode, String output, Path log) {

    Result assertSucceeded() {
      assertEquals(0, exitCode, () -> command + " failed; its output:\n" + tail());
      return this;
    }

    /**
     * Asserts that each line a document says the command prints is part of a line of the output, in
     * the document's order.
     */
    Result assertPrints(String expected) {
      List<String> lines = output.lines().toList();
      int from = 0;
      for (String wanted : expected.strip().lines().toList()) {
        int found = from;
        while (found < lines.size() && !lines.get(found).contains(wanted)) {
          found++;
        }
        if (found == lines.size()) {
          fail(command + " did not print \"" + wanted + "\" (after line " + from + "):\n" + tail());
        }
        from = found + 1;
      }
      return this;
    }

    /** Asserts that surefire ran at least one test and none failed. */
    Result assertTestsPassed() {
      int run = -1;
      for (String line : output.lines().toList()) {
        Matcher summary = TESTS_RUN.matcher(line);
        if (summary.find()) {
          run = Integer.parseInt(summary.group(1));
        }
      }
      assertTrue(run > 0, () -> command + " reported no passing test run:\n" + tail());
      return this;
    }

    private String tail() {
      List<String> lines = output.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()))
          + "\n(whole output: "
          + log
          + ")";
    }
  }
}
