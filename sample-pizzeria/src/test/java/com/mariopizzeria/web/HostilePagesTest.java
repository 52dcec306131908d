package com.mariopizzeria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.orders.OrderConfirmed;
import com.mariopizzeria.orders.PizzaLine;
import com.mariopizzeria.orders.Size;
import dev.herald.runtime.EventBus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Pages never hold up event delivery: with 100 pages open and one that vanished, the board's
 * deliveries go on at the bus's pace and each open page sees every change; a page that never reads
 * is dropped once its socket buffers and {@link PageStream#CAPACITY} frames are full, while a
 * reading page beside it sees every change.
 */
class HostilePagesTest {

  private static final int PAGES = 100;
  private static final int EVENTS = 2_000;
  private static final int BATCH = 50;

  /** Tickets of about a kilobyte each sent at most before the stuck page must be dropped. */
  private static final int MAX_FLOOD = 30_000;

  /** A safety bound, far above what delivering these events takes; not a measurement. */
  private static final Duration DELIVERY_BOUND = Duration.ofSeconds(30);

  @Test
  void aHundredOpenPagesAndAVanishedOneSeeEveryChangeWithoutSlowingDelivery() throws Exception {
    try (BoardOnly site = new BoardOnly()) {
      List<PageReader> pages = new ArrayList<>();
      try {
        for (int i = 0; i < PAGES; i++) {
          pages.add(new PageReader(site.http, site.uri("/events")));
        }
        Socket vanished = openWithoutReading(site);
        for (PageReader page : pages) {
          assertTrue(page.awaitCount(1, Duration.ofSeconds(30)), "every page got its snapshot");
        }
        awaitOpenPages(site, PAGES + 1);
        vanished.setSoLinger(true, 0);
        vanished.close(); // a reset, as when a laptop's lid closes

        long delivering = 0;
        for (int sent = 0; sent < EVENTS; ) {
          delivering += publishBatch(site.bus, sent, 1);
          sent += BATCH;
          // The pages read what they were sent before the next batch: a page is never more than
          // a batch behind, so none is dropped for it.
          for (PageReader page : pages) {
            assertTrue(page.awaitCount(1 + sent, Duration.ofSeconds(60)), "a page fell behind");
          }
        }

        assertTrue(
            delivering < DELIVERY_BOUND.toNanos(),
            "delivering " + EVENTS + " events took " + delivering / 1_000_000 + " ms");
        awaitOpenPages(site, PAGES); // the vanished page was found gone at a write
        assertEquals(0, site.board.droppedPages());
        for (PageReader page : pages) {
          assertEquals(1 + EVENTS, page.count(), "each open page saw every change");
        }
        assertEquals(EVENTS, site.board.counters().count(TicketState.QUEUED));
      } finally {
        pages.forEach(PageReader::close);
      }
    }
  }

  @Test
  void aPageThatNeverReadsIsDroppedAndHoldsUpNobody() throws Exception {
    try (BoardOnly site = new BoardOnly();
        PageReader reading = new PageReader(site.http, site.uri("/events"));
        Socket stuck = openWithoutReading(site)) {
      assertTrue(reading.awaitCount(1, Duration.ofSeconds(30)));
      awaitOpenPages(site, 2);
      // Large tickets, until the stuck page's socket buffers (megabytes on Linux) and its
      // PageStream.CAPACITY frames are full.
      long delivering = 0;
      int sent = 0;
      while (site.board.droppedPages() == 0 && sent < MAX_FLOOD) {
        delivering += publishBatch(site.bus, sent, 40);
        sent += BATCH;
        assertTrue(reading.awaitCount(1 + sent, Duration.ofSeconds(60)), "the reading page lags");
      }
      assertEquals(1, site.board.droppedPages(), "dropped after " + sent + " tickets");
      assertTrue(
          delivering < DELIVERY_BOUND.toNanos(),
          "delivering " + sent + " events took " + delivering / 1_000_000 + " ms");
      awaitOpenPages(site, 1);
      delivering += publishBatch(site.bus, sent, 1);
      assertTrue(reading.awaitCount(1 + sent + BATCH, Duration.ofSeconds(60)));
      assertEquals(1 + sent + BATCH, reading.count(), "the reading page saw every change");
    }
  }

  /** Publishes a batch of confirmations and returns how long the board took to deliver them. */
  private static long publishBatch(EventBus bus, int first, int pizzas)
      throws InterruptedException {
    long start = System.nanoTime();
    for (int i = first; i < first + BATCH; i++) {
      bus.publish(confirmation(i, pizzas));
    }
    assertTrue(bus.awaitIdle(DELIVERY_BOUND), "the board took every event");
    return System.nanoTime() - start;
  }

  /** A page that asks for the stream and then reads nothing, with the smallest receive buffer. */
  private static Socket openWithoutReading(BoardOnly site) throws Exception {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.connect(new InetSocketAddress(site.uri("/").getHost(), site.uri("/").getPort()));
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET /events HTTP/1.1\r\nHost: localhost:"
                + site.uri("/").getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = socket.getInputStream();
    in.read(); // the response has started: the page is registered
    return socket;
  }

  private static void awaitOpenPages(BoardOnly site, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (site.board.openPages() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, site.board.openPages());
  }

  /**
   * The board alone on a bus of its own, delivering on one thread as the sample does, and served
   * without commands: the events need no stock, kitchen or mail server.
   */
  private static final class BoardOnly implements AutoCloseable {
    final KitchenBoard board = new KitchenBoard();
    final ExecutorService delivery = Executors.newSingleThreadExecutor();
    final EventBus bus = board.subscribeTo(EventBus.builder(List.of())).executor(delivery).build();
    final KitchenServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    BoardOnly() throws IOException {
      server =
          KitchenServer.start(
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              board,
              null,
              () -> "",
              Duration.ofMillis(500));
    }

    URI uri(String path) {
      return server.uri().resolve(path);
    }

    @Override
    public void close() {
      server.close();
      bus.close();
      delivery.shutdownNow();
    }
  }

  private static OrderConfirmed confirmation(int n, int pizzas) {
    List<PizzaLine> lines = new ArrayList<>();
    for (int i = 0; i < pizzas; i++) {
      lines.add(new PizzaLine(i % 2 == 0 ? "Margherita" : "Quattro Formaggi", Size.LARGE, 1250));
    }
    return new OrderConfirmed(
        "load-" + n, "Customer " + n, "customer" + n + "@example.com", lines, 1250L * pizzas);
  }
}
