package com.mariopizzeria.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An open page as a test sees it: reads {@code /events} on a thread of its own and keeps every
 * frame as {@code "event data"}.
 */
final class PageReader implements AutoCloseable {

  private final List<String> frames = new ArrayList<>();
  private final Thread reader;
  private volatile Stream<String> lines;
  private volatile boolean ended;

  PageReader(HttpClient http, URI events) {
    this.reader =
        new Thread(
            () -> {
              try {
                HttpResponse<Stream<String>> response =
                    http.send(
                        HttpRequest.newBuilder(events).build(),
                        HttpResponse.BodyHandlers.ofLines());
                lines = response.body();
                String event = null;
                for (String line : (Iterable<String>) lines::iterator) {
                  if (line.startsWith("event: ")) {
                    event = line.substring("event: ".length());
                  } else if (line.startsWith("data: ")) {
                    synchronized (frames) {
                      frames.add(event + " " + line.substring("data: ".length()));
                      frames.notifyAll();
                    }
                  }
                }
              } catch (Exception stopped) {
                // closed by the test, or the server ended the stream
              } finally {
                ended = true;
                synchronized (frames) {
                  frames.notifyAll();
                }
              }
            },
            "page-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Every frame so far. */
  List<String> frames() {
    synchronized (frames) {
      return List.copyOf(frames);
    }
  }

  int count() {
    synchronized (frames) {
      return frames.size();
    }
  }

  /** Waits until a frame matches. */
  String await(Predicate<String> frame, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (frames) {
      while (true) {
        for (String seen : frames) {
          if (frame.test(seen)) {
            return seen;
          }
        }
        long left = deadline - System.nanoTime();
        assertTrue(left > 0 && !ended, "no such frame within " + timeout + "; saw " + frames);
        frames.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /** Waits until the page has at least {@code count} frames. */
  boolean awaitCount(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (frames) {
      while (frames.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || ended) {
          return false;
        }
        frames.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  @Override
  public void close() {
    Stream<String> open = lines;
    if (open != null) {
      open.close();
    }
    reader.interrupt();
  }
}
