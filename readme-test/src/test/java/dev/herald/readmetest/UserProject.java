package dev.herald.readmetest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A fresh project directory, written from the documents' blocks as a user would lay it out. */
final class UserProject {

  private final Path directory;

  private UserProject(Path directory) {
    this.directory = directory;
  }

  /**
   * An empty project directory (a previous run's is deleted). It gets an empty {@code .mvn}
   * directory, which makes it the root Maven starts from, whatever directory it sits in.
   */
  static UserProject create(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> previous = Files.walk(directory)) {
        previous.sorted(Comparator.reverseOrder()).forEach(UserProject::delete);
      }
    }
    Files.createDirectories(directory.resolve(".mvn"));
    return new UserProject(directory);
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A pom.xml made of a section a document tells users to put in their own pom: around it only what
   * every pom has (coordinates) and what {@code mvn archetype:generate} writes (the encoding).
   */
  UserProject writePomAround(String sections) throws IOException {
    return write(
        "pom.xml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>library</artifactId>
          <version>1.0-SNAPSHOT</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        """
            + sections
            + "</project>\n");
  }

  UserProject writeAll(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      write(file.getKey(), file.getValue());
    }
    return this;
  }

  UserProject write(String path, String text) throws IOException {
    Path file = directory.resolve(path).normalize();
    if (!file.startsWith(directory)) {
      throw new IllegalArgumentException(path + " is outside the project");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return this;
  }

  boolean has(String path) {
    return Files.exists(directory.resolve(path));
  }

  Path directory() {
    return directory;
  }
}
