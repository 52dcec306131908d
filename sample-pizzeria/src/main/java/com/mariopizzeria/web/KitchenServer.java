package com.mariopizzeria.web;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The kitchen page's HTTP server, on the JDK's {@code com.sun.net.httpserver}: {@code /} the page,
 * {@code /events} the board as Server-Sent Events, {@code /state} the board as JSON, {@code
 * /metrics} the Prometheus text, and the commands of {@link CommandHandler}. Each request, open
 * event streams included, has a thread of a bounded pool; a request beyond it is refused at once.
 */
public final class KitchenServer implements AutoCloseable {

  /** Event streams open at once, at most. */
  public static final int MAX_PAGES = 200;

  /** Short requests served beside the open pages. */
  private static final int REQUEST_THREADS = 16;

  private final HttpServer server;
  private final ExecutorService threads;

  private KitchenServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /**
   * Starts serving.
   *
   * @param address where to listen; port 0 takes a free one
   * @param commands what the page's buttons do, or null for a board that only shows
   * @param metrics the Prometheus text of the application's meters, scraped on each request
   * @param keepAlive how long an idle event stream waits before it sends a keep-alive comment
   */
  public static KitchenServer start(
      InetSocketAddress address,
      KitchenBoard board,
      KitchenCommands commands,
      Supplier<String> metrics,
      Duration keepAlive)
      throws IOException {
    HttpServer server = HttpServer.create(address, 64);
    List<HttpContext> contexts = new ArrayList<>();
    ExecutorService threads = threads();
    String page = resource("kitchen.html");
    contexts.add(
        server.createContext(
            "/",
            exchange -> {
              try (exchange) {
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/") || path.equals("/index.html")) {
                  HttpReplies.send(exchange, 200, "text/html; charset=utf-8", page);
                } else if (path.equals("/state")) {
                  HttpReplies.send(exchange, 200, HttpReplies.JSON, board.stateJson());
                } else if (path.equals("/metrics")) {
                  HttpReplies.send(
                      exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get());
                } else {
                  HttpReplies.send(exchange, 404, HttpReplies.TEXT, "nothing at " + path);
                }
              }
            }));
    contexts.add(
        server.createContext("/events", new EventStreamHandler(board, MAX_PAGES, keepAlive)));
    if (commands != null) {
      CommandHandler commandHandler = new CommandHandler(commands);
      contexts.add(server.createContext("/orders", commandHandler));
      contexts.add(server.createContext("/kitchen", commandHandler));
    }
    if (server.getAddress().getAddress().isLoopbackAddress()) {
      LoopbackHostFilter hosts = new LoopbackHostFilter(server.getAddress().getPort());
      for (HttpContext context : contexts) {
        context.getFilters().add(hosts);
      }
    }
    server.setExecutor(threads);
    server.start();
    return new KitchenServer(server, threads);
  }

  /** Daemon threads, one per request or open page, up to the bound; beyond it a request fails. */
  private static ExecutorService threads() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        MAX_PAGES + REQUEST_THREADS,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(task, "kitchen-page-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static String resource(String name) {
    try (InputStream in = KitchenServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the page " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the page is, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort() + "/");
  }

  /** Stops serving: open pages end, and their browsers retry until a server is back. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
