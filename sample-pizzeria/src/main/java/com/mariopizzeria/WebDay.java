package com.mariopizzeria;

import com.mariopizzeria.web.KitchenBoard;
import com.mariopizzeria.web.KitchenCommands;
import com.mariopizzeria.web.KitchenServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The day with {@code --web}: the kitchen page and {@code /metrics} served on the loopback before
 * the day starts, so that its tickets appear on an open page, and kept serving afterwards, so that
 * orders can be placed and moved from the page, until the caller's wait ends.
 */
final class WebDay {

  /** The exit status when the port is taken. */
  static final int PORT_TAKEN = 4;

  /** How long an idle page waits for a keep-alive comment, so that departed pages are noticed. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private WebDay() {}

  /**
   * Runs the day with the page.
   *
   * @param whileServing called after the day while the page is still served; returns to stop
   * @return the exit status
   */
  static int run(Arguments arguments, PrintStream out, PrintStream err, Runnable whileServing)
      throws Exception {
    KitchenBoard board = new KitchenBoard();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    PizzeriaSettings settings =
        arguments
            .settings()
            .withOut(out)
            .withObservability(Observability.none().withBoard(board).withMetrics(registry));
    InetSocketAddress address =
        new InetSocketAddress(InetAddress.getLoopbackAddress(), arguments.webPort());
    try (PizzeriaComponent pizzeria = DaggerPizzeriaComponent.factory().create(settings)) {
      KitchenServer server;
      try {
        server =
            KitchenServer.start(
                address,
                board,
                new KitchenCommands(pizzeria.orders(), pizzeria.cook()),
                registry::scrape,
                KEEP_ALIVE);
      } catch (BindException taken) {
        err.println(
            "The kitchen page cannot listen on 127.0.0.1:"
                + arguments.webPort()
                + " ("
                + taken.getMessage()
                + "). Name another port with --web=PORT, or --web=0 for a free one.");
        return PORT_TAKEN;
      }
      try (server) {
        out.println(
            "kitchen page: "
                + server.uri()
                + " (Prometheus metrics at "
                + server.uri()
                + "metrics)");
        new PizzeriaDay(pizzeria).run();
        if (arguments.extraOrders() > 0) {
          new Throughput(pizzeria).run(arguments.extraOrders());
        }
        out.println(
            "kitchen page: still serving at "
                + server.uri()
                + "; place and move orders there, stop with Ctrl-C");
        whileServing.run();
      }
    }
    return 0;
  }

  /**
   * Waits for Ctrl-C; the JVM then ends only once the pizzeria is closed (or after 15 s), so that
   * the bus drains and the database closes cleanly.
   */
  static final class UntilCtrlC implements Runnable {

    private final CountDownLatch pressed = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public void run() {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    pressed.countDown();
                    awaitQuietly(closed, 15);
                  },
                  "kitchen-page-stop"));
      awaitQuietly(pressed, Long.MAX_VALUE);
    }

    /** The pizzeria is closed: the shutdown may go on. */
    void closed() {
      closed.countDown();
    }

    private static void awaitQuietly(CountDownLatch latch, long seconds) {
      try {
        latch.await(seconds, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
