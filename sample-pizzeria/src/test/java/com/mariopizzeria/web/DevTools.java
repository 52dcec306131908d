package com.mariopizzeria.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal client of the Chrome DevTools Protocol over the JDK's WebSocket: sends a command, waits
 * for its answer. Enough to drive one page; no library between the test and the browser.
 */
final class DevTools implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration ANSWER = Duration.ofSeconds(30);

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

  private DevTools(WebSocket socket) {
    this.socket = socket;
  }

  /**
   * Connects to a browser's DevTools endpoint ({@code ws://127.0.0.1:port/devtools/browser/..}).
   */
  static DevTools connect(URI endpoint) {
    DevTools[] made = new DevTools[1];
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .buildAsync(endpoint, new Listener(made))
            .join();
    made[0] = new DevTools(socket);
    return made[0];
  }

  /**
   * Sends a command, to the browser ({@code session} null) or to an attached page, and returns its
   * result.
   *
   * @throws IllegalStateException with the browser's message when the command failed
   */
  JsonNode send(String session, String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode command = JSON.createObjectNode();
    command.put("id", id);
    command.put("method", method);
    command.set("params", JSON.valueToTree(params));
    if (session != null) {
      command.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    socket.sendText(JSON.writeValueAsString(command), true).join();
    JsonNode reply = answer.get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
    if (reply.has("error")) {
      throw new IllegalStateException(method + " failed: " + reply.get("error"));
    }
    return reply.get("result");
  }

  private void answered(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> answer = waiting.remove(message.get("id").asInt());
        if (answer != null) {
          answer.complete(message);
        }
      }
    } catch (Exception unreadable) {
      // Events the test does not use; the browser's JSON is always readable.
    }
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }

  /** Collects a message's frames and hands the whole message over. */
  private static final class Listener implements WebSocket.Listener {
    private final DevTools[] client;
    private final StringBuilder message = new StringBuilder();

    Listener(DevTools[] client) {
      this.client = client;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        String whole = message.toString();
        message.setLength(0);
        while (client[0] == null) {
          Thread.onSpinWait(); // connected but not yet returned: the first answer waits for it
        }
        client[0].answered(whole);
      }
      socket.request(1);
      return null;
    }
  }
}
