package com.mariopizzeria.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * One browser tab driven through DevTools as a person would use it: real mouse clicks at an
 * element's place and real typing, and reading the page's state through its DOM.
 */
final class BrowserPage {

  private final DevTools tools;
  private final String session;

  private BrowserPage(DevTools tools, String session) {
    this.tools = tools;
    this.session = session;
  }

  /** Opens a tab of the given size at the address. */
  static BrowserPage open(DevTools tools, String url, int width, int height) throws Exception {
    String target =
        tools
            .send(null, "Target.createTarget", Map.of("url", "about:blank"))
            .get("targetId")
            .asText();
    String session =
        tools
            .send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    BrowserPage page = new BrowserPage(tools, session);
    tools.send(session, "Page.enable", Map.of());
    tools.send(
        session,
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    tools.send(session, "Page.navigate", Map.of("url", url));
    return page;
  }

  /** The value of a JavaScript expression, as text ({@code "null"} for null or undefined). */
  String evaluate(String expression) throws Exception {
    JsonNode result =
        tools
            .send(
                session,
                "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true))
            .get("result");
    JsonNode value = result.get("value");
    return value == null || value.isNull() ? "null" : value.asText();
  }

  /** Waits until the expression's value is {@code expected}, and returns how long that took. */
  Duration await(String expression, String expected, Duration timeout) throws Exception {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    String seen;
    while (!Objects.equals(seen = evaluate(expression), expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            expression + " was " + seen + ", not " + expected + ", after " + timeout);
      }
      Thread.sleep(20);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Clicks the middle of the element the selector finds, with the mouse. */
  void click(String selector) throws Exception {
    String center =
        evaluate(
            "(() => { const e = document.querySelector("
                + quote(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'}); const r ="
                + " e.getBoundingClientRect(); return Math.round(r.left + r.width / 2) + ',' +"
                + " Math.round(r.top + r.height / 2); })()");
    if (center.equals("null")) {
      throw new AssertionError("nothing on the page matches " + selector);
    }
    String[] xy = center.split(",");
    for (String type : new String[] {"mousePressed", "mouseReleased"}) {
      tools.send(
          session,
          "Input.dispatchMouseEvent",
          Map.of(
              "type",
              type,
              "x",
              Integer.parseInt(xy[0]),
              "y",
              Integer.parseInt(xy[1]),
              "button",
              "left",
              "clickCount",
              1));
    }
  }

  /** Clicks into the field and types the text. */
  void type(String selector, String text) throws Exception {
    click(selector);
    tools.send(session, "Input.insertText", Map.of("text", text));
  }

  /** Picks an option of a {@code select} the way its change event reports it. */
  void choose(String selector, String value) throws Exception {
    evaluate(
        "(() => { const s = document.querySelector("
            + quote(selector)
            + "); s.value = "
            + quote(value)
            + "; s.dispatchEvent(new Event('change', {bubbles: true})); })()");
  }

  /** Saves what the tab shows as a PNG. */
  void screenshot(Path file) throws Exception {
    String png =
        tools.send(session, "Page.captureScreenshot", Map.of("format", "png")).get("data").asText();
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode(png));
  }

  /** A JavaScript string literal of the text. */
  static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
