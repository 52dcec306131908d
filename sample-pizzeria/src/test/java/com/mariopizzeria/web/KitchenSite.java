package com.mariopizzeria.web;

import com.mariopizzeria.DaggerPizzeriaComponent;
import com.mariopizzeria.Observability;
import com.mariopizzeria.PizzeriaComponent;
import com.mariopizzeria.PizzeriaSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A pizzeria with the kitchen page served on a free loopback port, as {@code --web} runs it: the
 * board subscribed to its bus, its deliveries metered into a Prometheus registry.
 */
final class KitchenSite implements AutoCloseable {

  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  final KitchenBoard board = new KitchenBoard();
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  final PizzeriaComponent pizzeria;
  final KitchenServer server;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  KitchenSite(PizzeriaSettings settings, Duration keepAlive) throws IOException {
    this.pizzeria =
        DaggerPizzeriaComponent.factory()
            .create(
                settings
                    .withOut(QUIET)
                    .withObservability(
                        Observability.none().withBoard(board).withMetrics(registry)));
    this.server =
        KitchenServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            board,
            new KitchenCommands(pizzeria.orders(), pizzeria.cook()),
            registry::scrape,
            keepAlive);
  }

  /** An in-memory pizzeria with a short keep-alive, so that departed pages are found quickly. */
  static KitchenSite inMemory() throws IOException {
    return new KitchenSite(PizzeriaSettings.defaults().inMemory(), Duration.ofMillis(500));
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  /** A command as the page sends it. */
  HttpResponse<String> command(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header(CommandHandler.HEADER, "test")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    server.close();
    pizzeria.close();
  }
}
