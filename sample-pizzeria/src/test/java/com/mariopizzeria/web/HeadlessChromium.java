package com.mariopizzeria.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real headless Chromium in a child process, with a fresh profile, every network feature it would
 * use on its own switched off, and its DevTools endpoint on a free port.
 */
final class HeadlessChromium implements AutoCloseable {

  /** Where Debian's package (and others) put the browser; {@code CHROMIUM} names another. */
  private static final List<String> PLACES =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

  private static final String LISTENING = "DevTools listening on ";

  private final Process process;
  private final Path profile;
  private final URI endpoint;
  private final List<String> log;

  private HeadlessChromium(Process process, Path profile, URI endpoint, List<String> log) {
    this.process = process;
    this.profile = profile;
    this.endpoint = endpoint;
    this.log = log;
  }

  /** The browser's executable, when this machine has one. */
  static Optional<Path> find() {
    String named = System.getenv("CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    return PLACES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** Starts the browser and waits for its DevTools endpoint. */
  static HeadlessChromium start(Path executable, int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("herald-chromium-profile");
    Process process =
        new ProcessBuilder(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--window-size=" + width + "," + height,
                "about:blank")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> log = new ArrayList<>();
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                  synchronized (log) {
                    log.add(line);
                  }
                  int at = line.indexOf(LISTENING);
                  if (at >= 0) {
                    endpoint.complete(URI.create(line.substring(at + LISTENING.length()).trim()));
                  }
                }
              } catch (IOException ended) {
                // the browser is gone
              }
              endpoint.completeExceptionally(
                  new IllegalStateException("Chromium ended without a DevTools endpoint: " + log));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      return new HeadlessChromium(process, profile, endpoint.get(60, TimeUnit.SECONDS), log);
    } catch (Exception failed) {
      process.destroyForcibly();
      throw failed;
    }
  }

  URI endpoint() {
    return endpoint;
  }

  /** What the browser wrote to stderr, for a failure's message. */
  String log() {
    synchronized (log) {
      return String.join("\n", log);
    }
  }

  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException stillInUse) {
      // A temporary directory: left for the system to clean.
    }
  }
}
