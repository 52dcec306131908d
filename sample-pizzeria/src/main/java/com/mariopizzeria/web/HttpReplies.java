package com.mariopizzeria.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Reading a small form and writing a whole reply, for the page's short requests. */
final class HttpReplies {

  /** The largest form a command accepts. */
  static final int MAX_FORM_BYTES = 4 * 1024;

  static final String TEXT = "text/plain; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  private HttpReplies() {}

  /** Sends a complete reply and closes the exchange. */
  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * The fields of an {@code application/x-www-form-urlencoded} body.
   *
   * @throws IllegalArgumentException when the body is larger than {@link #MAX_FORM_BYTES} or is not
   *     such a form
   */
  static Map<String, String> readForm(HttpExchange exchange) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
      throw new IllegalArgumentException("send the order as application/x-www-form-urlencoded");
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_FORM_BYTES + 1);
    }
    if (body.length > MAX_FORM_BYTES) {
      throw new IllegalArgumentException("the form is larger than " + MAX_FORM_BYTES + " bytes");
    }
    Map<String, String> fields = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      fields.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }
}
