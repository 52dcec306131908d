package com.mariopizzeria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.PizzeriaDay;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kitchen page's server without a browser: the board after the scripted day, a ticket moved
 * through every state by the page's commands and seen on the event stream, {@code /metrics}, and
 * the answers to bad requests.
 */
class KitchenPageTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void theBoardShowsTheScriptedDay() throws Exception {
    try (KitchenSite site = KitchenSite.inMemory()) {
      PizzeriaDay.Outcome day = new PizzeriaDay(site.pizzeria).run();
      assertTrue(site.pizzeria.bus().awaitIdle(WAIT));
      List<String> states =
          site.board.tickets().stream()
              .map(card -> card.orderId() + " " + card.state().label())
              .toList();
      assertEquals(
          List.of(
              day.luigi() + " delivered", day.peach() + " cancelled", day.toad() + " delivered"),
          states,
          "three confirmed orders; the vetoed one never had a ticket");
      DayCounters counters = site.board.counters();
      assertEquals(2, counters.count(TicketState.DELIVERED));
      assertEquals(1, counters.count(TicketState.CANCELLED));
      assertEquals(4250, counters.revenueCents(), "Luigi's 23.50 and Toad's 19.00");
      String state = site.get("/state").body();
      assertTrue(
          state.contains("\"delivered\":2") && state.contains("\"revenue\":\"€42.50\""), state);
    }
  }

  @Test
  void aTicketMovesThroughEveryStateOnTheEventStream() throws Exception {
    try (KitchenSite site = KitchenSite.inMemory();
        PageReader page = new PageReader(site.http, site.uri("/events"))) {
      page.await(frame -> frame.startsWith("snapshot {\"tickets\":[]"), WAIT);

      HttpResponse<String> placed =
          site.command("/orders", "customer=Ada+%3Cb%3E&pizza=Diavola&size=large");
      assertEquals(201, placed.statusCode(), placed.body());
      String orderId = placed.body().replaceAll(".*\"order\":\"([^\"]+)\".*", "$1");
      String queued = page.await(frame -> frame.contains("\"state\":\"queued\""), WAIT);
      assertTrue(queued.contains("\"customer\":\"Ada <b>\""), "names arrive as text: " + queued);
      assertTrue(queued.contains("\"pizzas\":[\"Diavola (large)\"]"), queued);
      assertTrue(queued.contains("\"total\":\"€14.50\""), queued);

      assertEquals(200, site.command("/kitchen/next", "").statusCode());
      page.await(frame -> frame.contains("\"state\":\"cooking\""), WAIT);
      for (String[] step :
          List.of(
              new String[] {"cooked", "ready"},
              new String[] {"send-out", "out-for-delivery"},
              new String[] {"delivered", "delivered"})) {
        HttpResponse<String> moved = site.command("/orders/" + orderId + "/" + step[0], "");
        assertEquals(204, moved.statusCode(), moved.body());
        page.await(frame -> frame.contains("\"state\":\"" + step[1] + "\""), WAIT);
      }
      String delivered = page.await(frame -> frame.contains("\"state\":\"delivered\""), WAIT);
      assertTrue(delivered.contains("\"courier\":\"Yoshi\""), delivered);
      assertTrue(delivered.contains("\"delivered\":1"), "the counters travel with it");

      // The board pushes the frame inside its delivery; the success is counted once it returns.
      String counted =
          "herald_deliveries_succeeded_total{event=\"OrderDelivered\",route=\"web:kitchen-board\"}"
              + " 1";
      long deadline = System.nanoTime() + WAIT.toNanos();
      String metrics = site.get("/metrics").body();
      while (!metrics.contains(counted) && System.nanoTime() < deadline) {
        Thread.sleep(20);
        metrics = site.get("/metrics").body();
      }
      assertTrue(metrics.contains(counted), metrics);
    }
  }

  @Test
  void badRequestsGetAClearAnswerAndChangeNothing() throws Exception {
    try (KitchenSite site = KitchenSite.inMemory()) {
      assertEquals(
          400, site.command("/orders", "customer=Bob&pizza=Hawaii&size=large").statusCode());
      assertEquals(
          400, site.command("/orders", "customer=Bob&pizza=Funghi&size=huge").statusCode());
      assertEquals(400, site.command("/orders", "customer=&pizza=Funghi&size=small").statusCode());
      assertEquals(
          400, site.command("/orders", "customer=" + "x".repeat(5_000)).statusCode(), "too large");
      assertEquals(409, site.command("/kitchen/next", "").statusCode(), "no ticket waits");
      assertEquals(404, site.command("/orders/order-99/delivered", "").statusCode());
      assertEquals(404, site.command("/orders/order-1/eaten", "").statusCode());
      HttpResponse<String> noHeader =
          site.http.send(
              HttpRequest.newBuilder(site.uri("/kitchen/next"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(403, noHeader.statusCode(), "a form of another site cannot send commands");
      assertEquals(405, site.get("/orders").statusCode());
      assertEquals(
          421,
          rawStatus(site, "GET /state HTTP/1.1\r\nHost: kitchen.evil.example:80\r\n\r\n"),
          "a name pointed at 127.0.0.1 by someone else's page is refused");
      assertEquals(
          421,
          rawStatus(site, "GET /events HTTP/1.1\r\nHost: kitchen.evil.example:80\r\n\r\n"),
          "so is its event stream");
      assertEquals(404, site.get("/nothing-here").statusCode());
      assertEquals(List.of(), site.board.tickets());

      site.command("/orders", "customer=Wario&pizza=Quattro+Formaggi&size=large");
      // The stock is deducted after the commit: the second check must see the first's deduction.
      assertTrue(site.pizzeria.bus().awaitIdle(WAIT));
      HttpResponse<String> refused =
          site.command("/orders", "customer=Wario&pizza=Quattro+Formaggi&size=large");
      // The stock is deducted after the commit: the second check must see the first's deduction.
      assertTrue(site.pizzeria.bus().awaitIdle(WAIT));
      assertEquals(409, refused.statusCode(), "the stock check vetoes the second");
      assertTrue(refused.body().contains("gorgonzola"), refused.body());
    }
  }

  /** The status of a request written by hand, for headers HttpClient does not let a test set. */
  private static int rawStatus(KitchenSite site, String request) throws Exception {
    try (Socket socket = new Socket(site.uri("/").getHost(), site.uri("/").getPort())) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }
}
