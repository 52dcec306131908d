package com.mariopizzeria.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.herald.runtime.generated.EventDecodingException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The delivery app's side of the contract without a broker: its generated codec reads the
 * pizzeria's JSON into its own records (ignoring the fields it does not declare), knows only the
 * three types, and its handlers print what the README shows.
 */
class DeliveryEventCodecTest {

  private final DeliveryEventCodec codec = new DeliveryEventCodec();

  @Test
  void readsThePizzeriasConfirmationIntoItsOwnRecord() {
    String pizzeriaJson =
        "{\"orderId\":\"order-1\",\"customerName\":\"Luigi\",\"customerEmail\":\"luigi@example.com\","
            + "\"pizzas\":[{\"pizza\":\"Margherita\",\"size\":\"LARGE\",\"priceCents\":1250}],\"totalCents\":2350}";
    assertEquals(
        new ConfirmedOrder("order-1", "Luigi", 2350),
        codec.decode("com.mariopizzeria.order.confirmed.v1", pizzeriaJson));
    assertEquals(
        List.of(
            "com.mariopizzeria.order.confirmed.v1",
            "com.mariopizzeria.order.delivered.v1",
            "com.mariopizzeria.order.ready.v1"),
        codec.integrationEvents().stream().map(t -> t.cloudEventType()).toList());
    assertFalse(
        codec.knows("com.mariopizzeria.order.cancelled.v1"),
        "a domain event of the pizzeria is no contract");
    assertThrows(
        EventDecodingException.class,
        () -> codec.decode("com.mariopizzeria.order.ready.v1", "{\"orderId\":\"order-3\"}"));
  }

  @Test
  void handlersPrintAndKeepWhatArrived() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    RiderDispatch riders = new RiderDispatch(out);
    LoyaltyPoints loyalty = new LoyaltyPoints(out);
    riders.ready(new ReadyOrder("order-3", "Toad"));
    loyalty.delivered(new DeliveredOrder("order-3", "Toad", 1900));
    loyalty.delivered(new DeliveredOrder("order-5", "Toad", 1050));
    assertEquals(
        """
        delivery app: order-3 is ready, dispatching a rider to Toad
        loyalty:      Toad earns 19 points for order-3 (19 in all)
        loyalty:      Toad earns 10 points for order-5 (29 in all)
        """,
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertEquals(29L, loyalty.points().get("Toad"));
  }
}
