package com.mariopizzeria.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * {@code GET /events}: the board as Server-Sent Events, on the page's own server thread. At most
 * {@code maxPages} streams are open at once; a page beyond that is told to come back later (503).
 */
final class EventStreamHandler implements HttpHandler {

  private final KitchenBoard board;
  private final Semaphore slots;
  private final Duration keepAlive;

  EventStreamHandler(KitchenBoard board, int maxPages, Duration keepAlive) {
    this.board = board;
    this.slots = new Semaphore(maxPages);
    this.keepAlive = keepAlive;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        HttpReplies.send(exchange, 405, HttpReplies.TEXT, "the event stream is a GET");
        return;
      }
      if (!slots.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "5");
        HttpReplies.send(exchange, 503, HttpReplies.TEXT, "too many open pages; try again later");
        return;
      }
      try {
        stream(exchange);
      } finally {
        slots.release();
      }
    }
  }

  private void stream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    PageStream page = board.openPage();
    try (OutputStream out = exchange.getResponseBody()) {
      page.pump(out, keepAlive);
    } catch (IOException pageWentAway) {
      // The browser closed the page or lost the connection: nothing to tell anyone.
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } finally {
      page.drop();
      board.closePage(page);
    }
  }
}
