package com.mariopizzeria.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open page's event stream: a bounded queue of frames the board fills without ever waiting, and
 * the page's own thread writing them out. A page that falls {@link #CAPACITY} frames behind (a slow
 * or stuck client) is dropped; its browser reconnects and starts again from a snapshot.
 */
final class PageStream {

  /** Frames a page may be behind before it is dropped. */
  static final int CAPACITY = 256;

  /** Wakes the page's thread to end the stream; never written. */
  private static final String END = new String("end of stream");

  private final ArrayBlockingQueue<String> frames = new ArrayBlockingQueue<>(CAPACITY);
  private volatile boolean dropped;

  /**
   * Queues a frame without waiting.
   *
   * @return false when the page is (now) dropped: it was too far behind
   */
  boolean offer(String frame) {
    if (dropped) {
      return false;
    }
    if (frames.offer(frame)) {
      return true;
    }
    drop();
    return false;
  }

  /** Ends the stream: the page's thread stops after the frame it is writing. */
  void drop() {
    dropped = true;
    frames.clear();
    frames.offer(END);
  }

  boolean isDropped() {
    return dropped;
  }

  /**
   * Writes frames to the page until it is dropped or goes away, with a keep-alive comment when
   * nothing happened for {@code keepAlive}; runs on the page's own thread.
   *
   * @throws IOException when the page went away
   */
  void pump(OutputStream out, Duration keepAlive) throws IOException, InterruptedException {
    while (!dropped) {
      String frame = frames.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
      if (frame == END) {
        return;
      }
      out.write((frame == null ? BoardFrames.keepAlive() : frame).getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }
}
