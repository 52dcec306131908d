package com.mariopizzeria.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * For a server on the loopback address: refuses a request whose {@code Host} is not this machine's
 * name for itself, so that a web page elsewhere cannot reach the kitchen through a DNS name it
 * points at 127.0.0.1 (DNS rebinding).
 */
final class LoopbackHostFilter extends Filter {

  private final Set<String> hosts;

  LoopbackHostFilter(int port) {
    this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      try (exchange) {
        HttpReplies.send(
            exchange, 421, HttpReplies.TEXT, "this server answers to 127.0.0.1 and localhost only");
      }
      return;
    }
    chain.doFilter(exchange);
  }

  @Override
  public String description() {
    return "refuses Host names other than the loopback's";
  }
}
