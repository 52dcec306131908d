package com.mariopizzeria.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mariopizzeria.PizzeriaDay;
import com.mariopizzeria.PizzeriaSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kitchen page in a real headless Chromium, driven through the DevTools protocol with mouse
 * clicks and typing: after the scripted day, an order placed on the page appears as a queued ticket
 * and moves through cooking, ready, out for delivery and delivered as the page's buttons commit
 * each step and the events come back over Server-Sent Events. Keeps a screenshot and the steps'
 * timings under {@code target/}.
 */
class KitchenBrowserTest {

  private static final int WIDTH = 1400;
  private static final int HEIGHT = 720;
  private static final Duration STEP = Duration.ofSeconds(30);
  private static final Path SCREENSHOT = Path.of("target", "kitchen-page.png");
  private static final Path TIMINGS = Path.of("target", "kitchen-page-timings.txt");

  @Test
  void anOrderPlacedOnThePageMovesThroughEveryState() throws Exception {
    Optional<Path> chromium = HeadlessChromium.find();
    assumeTrue(
        chromium.isPresent(),
        "SKIPPED the kitchen page's browser test: no Chromium at /usr/bin/chromium (install"
            + " Debian's package: apt-get install chromium) and no CHROMIUM=/path/to/chrome;"
            + " .ci/run installs it, so CI always runs this test");
    List<String> timings = new ArrayList<>();
    try (KitchenSite site = new KitchenSite(PizzeriaSettings.defaults(), Duration.ofSeconds(5))) {
      new PizzeriaDay(site.pizzeria).run();
      try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), WIDTH, HEIGHT);
          DevTools tools = DevTools.connect(browser.endpoint())) {
        long opened = System.nanoTime();
        BrowserPage page = BrowserPage.open(tools, site.server.uri().toString(), WIDTH, HEIGHT);
        page.await("document.getElementById('connection')?.textContent", "live", STEP);
        page.await("document.getElementById('counter-delivered')?.textContent", "2", STEP);
        timings.add(
            "page open and the day's board shown: "
                + millis(Duration.ofNanos(System.nanoTime() - opened)));

        String ada = place(page, "Ada", "Diavola", "large", timings);
        step(page, ada, "#cook-next", "cooking", timings);
        step(page, ada, "#" + ada + " button.step", "ready", timings);
        step(page, ada, "#" + ada + " button.step", "out-for-delivery", timings);
        step(page, ada, "#" + ada + " button.step", "delivered", timings);
        assertEquals(
            "3", page.evaluate("document.getElementById('counter-delivered').textContent"));

        // A ticket in every column for the screenshot: a working evening in the kitchen.
        String bowser = place(page, "Bowser", "Quattro Formaggi", "medium", timings);
        step(page, bowser, "#cook-next", "cooking", timings);
        step(page, bowser, "#" + bowser + " button.step", "ready", timings);
        step(page, bowser, "#" + bowser + " button.step", "out-for-delivery", timings);
        String daisy = place(page, "Daisy", "Margherita", "small", timings);
        step(page, daisy, "#cook-next", "cooking", timings);
        step(page, daisy, "#" + daisy + " button.step", "ready", timings);
        String koopa = place(page, "Koopa", "Funghi", "large", timings);
        step(page, koopa, "#cook-next", "cooking", timings);
        place(page, "Rosalina", "Diavola", "medium", timings);
        Thread.sleep(1_000); // the arrival highlight fades
        page.screenshot(SCREENSHOT);
      }
    }
    Files.write(TIMINGS, timings, StandardCharsets.UTF_8);
    System.out.println(
        "kitchen page in Chromium, click to state seen:\n  " + String.join("\n  ", timings));
  }

  /** Places an order with the form and returns its ticket's element id once it is queued. */
  private static String place(
      BrowserPage page, String customer, String pizza, String size, List<String> timings)
      throws Exception {
    page.type("#customer", customer);
    page.choose("#pizza", pizza);
    page.choose("#size", size);
    long start = System.nanoTime();
    page.click("#place-order");
    String find =
        "[...document.querySelectorAll('.ticket')].find(t => t.textContent.includes("
            + BrowserPage.quote(customer)
            + "))?.id ?? null";
    long deadline = start + STEP.toNanos();
    String id;
    while ((id = page.evaluate(find)).equals("null")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            customer
                + "'s ticket never appeared; the page says: "
                + page.evaluate("document.getElementById('message').textContent"));
      }
      Thread.sleep(20);
    }
    assertEquals("queued", page.evaluate(stateOf(id)));
    timings.add(
        customer + " placed → queued: " + millis(Duration.ofNanos(System.nanoTime() - start)));
    return id;
  }

  /** Clicks the button and waits for the ticket to reach the state. */
  private static void step(
      BrowserPage page, String ticket, String button, String state, List<String> timings)
      throws Exception {
    page.click(button);
    Duration took = page.await(stateOf(ticket), state, STEP);
    assertEquals(
        "true",
        page.evaluate(
            "document.getElementById('"
                + ticket
                + "').closest('.column').id === 'col-"
                + state
                + "'"),
        "the ticket sits in its state's column");
    timings.add(ticket.substring("ticket-".length()) + " → " + state + ": " + millis(took));
  }

  private static String stateOf(String id) {
    return "document.getElementById('" + id + "')?.dataset.state ?? null";
  }

  private static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }
}
