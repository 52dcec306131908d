package com.mariopizzeria.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.mariopizzeria.Money;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

/**
 * Writes the board as Server-Sent Events frames whose data is one line of JSON: a {@code snapshot}
 * of every ticket when a page connects, then a {@code ticket} frame per change, each with the day's
 * counters. Jackson's generator escapes every text, so customer names cannot break the frame.
 */
final class BoardFrames {

  private static final JsonFactory JSON = new JsonFactory();

  /** How long a page waits before it reconnects after the stream ended (dropped, restarted). */
  private static final int RECONNECT_MILLIS = 2_000;

  private BoardFrames() {}

  /** The first frame of a page: every ticket, oldest first, and the counters. */
  static String snapshot(Collection<TicketCard> cards, DayCounters counters) {
    return "retry: " + RECONNECT_MILLIS + "\n" + frame("snapshot", board(cards, counters));
  }

  /** The frame of one ticket's change. */
  static String ticket(TicketCard card, DayCounters counters) {
    return frame(
        "ticket",
        json -> {
          json.writeFieldName("ticket");
          writeCard(json, card);
          writeCounters(json, counters);
        });
  }

  /** The JSON of the whole board, for {@code GET /state}. */
  static String state(Collection<TicketCard> cards, DayCounters counters) {
    return json(board(cards, counters));
  }

  /** Every ticket, oldest first, and the counters: a snapshot's data and the state's JSON. */
  private static Fields board(Collection<TicketCard> cards, DayCounters counters) {
    return json -> {
      json.writeArrayFieldStart("tickets");
      for (TicketCard card : cards) {
        writeCard(json, card);
      }
      json.writeEndArray();
      writeCounters(json, counters);
    };
  }

  /** A comment line: keeps idle connections open and finds pages that went away. */
  static String keepAlive() {
    return ": keep-alive\n\n";
  }

  private interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  private static String frame(String event, Fields fields) {
    return "event: " + event + "\ndata: " + json(fields) + "\n\n";
  }

  private static String json(Fields fields) {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return text.toString();
  }

  private static void writeCard(JsonGenerator json, TicketCard card) throws IOException {
    json.writeStartObject();
    json.writeStringField("order", card.orderId());
    json.writeStringField("customer", card.customer());
    json.writeArrayFieldStart("pizzas");
    for (String pizza : card.pizzas()) {
      json.writeString(pizza);
    }
    json.writeEndArray();
    json.writeStringField("total", Money.euros(card.totalCents()));
    json.writeStringField("state", card.state().label());
    json.writeNumberField("number", card.ticketNumber());
    json.writeStringField("courier", card.courier());
    json.writeEndObject();
  }

  private static void writeCounters(JsonGenerator json, DayCounters counters) throws IOException {
    json.writeObjectFieldStart("counters");
    for (TicketState state : TicketState.values()) {
      json.writeNumberField(state.label(), counters.count(state));
    }
    json.writeNumberField("pizzas", counters.pizzas());
    json.writeStringField("revenue", Money.euros(counters.revenueCents()));
    json.writeEndObject();
  }
}
