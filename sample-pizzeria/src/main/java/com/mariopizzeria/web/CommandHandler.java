package com.mariopizzeria.web;

import com.mariopizzeria.orders.OrderNotFoundException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The page's commands, {@code POST} only: {@code /orders} (a form: customer, pizza, size), {@code
 * /kitchen/next}, and {@code /orders/<id>/cooked|send-out|delivered}. Each answers at once; the
 * board's change arrives through the event stream.
 *
 * <p>A command must carry the header {@value #HEADER}: a page of another site cannot send it
 * without the browser asking this server first, which it never allows.
 */
final class CommandHandler implements HttpHandler {

  /** The header every command carries. */
  static final String HEADER = "X-Kitchen-Command";

  private final KitchenCommands commands;

  CommandHandler(KitchenCommands commands) {
    this.commands = commands;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        HttpReplies.send(exchange, 405, HttpReplies.TEXT, "commands are POST requests");
        return;
      }
      if (exchange.getRequestHeaders().getFirst(HEADER) == null) {
        HttpReplies.send(
            exchange, 403, HttpReplies.TEXT, "a command needs the " + HEADER + " header");
        return;
      }
      run(exchange, exchange.getRequestURI().getPath());
    }
  }

  private void run(HttpExchange exchange, String path) throws IOException {
    try {
      if (path.equals("/orders")) {
        Map<String, String> form = HttpReplies.readForm(exchange);
        String orderId =
            commands.order(
                form.get("customer"),
                form.getOrDefault("pizza", ""),
                form.getOrDefault("size", ""));
        HttpReplies.send(exchange, 201, HttpReplies.JSON, "{\"order\":\"" + orderId + "\"}");
      } else if (path.equals("/kitchen/next")) {
        Optional<String> started = commands.cookNext();
        if (started.isEmpty()) {
          HttpReplies.send(exchange, 409, HttpReplies.TEXT, "no ticket is waiting");
        } else {
          HttpReplies.send(
              exchange, 200, HttpReplies.JSON, "{\"order\":\"" + started.get() + "\"}");
        }
      } else if (path.startsWith("/orders/")) {
        orderStep(exchange, path.substring("/orders/".length()));
      } else {
        HttpReplies.send(exchange, 404, HttpReplies.TEXT, "no command " + path);
      }
    } catch (OrderNotFoundException unknown) {
      HttpReplies.send(exchange, 404, HttpReplies.TEXT, unknown.getMessage());
    } catch (IllegalStateException refused) {
      // Out of stock, a transition the order does not allow, nothing in the oven: a conflict.
      HttpReplies.send(exchange, 409, HttpReplies.TEXT, refused.getMessage());
    } catch (IllegalArgumentException bad) {
      HttpReplies.send(exchange, 400, HttpReplies.TEXT, bad.getMessage());
    }
  }

  /** {@code <id>/cooked}, {@code <id>/send-out} or {@code <id>/delivered}. */
  private void orderStep(HttpExchange exchange, String rest) throws IOException {
    int slash = rest.indexOf('/');
    String orderId = slash < 0 ? rest : rest.substring(0, slash);
    String step = slash < 0 ? "" : rest.substring(slash + 1);
    switch (step) {
      case "cooked" -> commands.cooked(orderId);
      case "send-out" -> commands.sendOut(orderId);
      case "delivered" -> commands.deliver(orderId);
      default -> {
        HttpReplies.send(
            exchange, 404, HttpReplies.TEXT, "no step '" + step + "'; cooked, send-out, delivered");
        return;
      }
    }
    HttpReplies.send(exchange, 204, HttpReplies.TEXT, "");
  }
}
