package dev.herald.jdbc.support;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.IntegrationEventType;
import dev.herald.runtime.generated.JsonLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-written codec for the test events, standing in for the generated one: it writes flat JSON
 * objects of strings and integers and reads them back strictly enough to reject broken JSON.
 */
public final class TestCodec implements EventCodec {

  public static final String ORDER_PLACED = "test.OrderPlaced";
  public static final String ORDER_CONFIRMED = "test.OrderConfirmed";
  public static final String PIZZA_ADDED = "test.PizzaAdded";
  public static final String TAB_PAID = "test.TabPaid";

  private static final Pattern MEMBER =
      Pattern.compile("\\s*\"([A-Za-z]+)\"\\s*:\\s*(\"([^\"\\\\]*)\"|-?[0-9]+)\\s*(,|$)");

  @Override
  public String typeName(Class<?> eventType) {
    if (eventType == OrderPlaced.class) {
      return ORDER_PLACED;
    }
    if (eventType == OrderConfirmed.class) {
      return ORDER_CONFIRMED;
    }
    if (eventType == TabEvent.PizzaAdded.class) {
      return PIZZA_ADDED;
    }
    return eventType == TabEvent.TabPaid.class ? TAB_PAID : null;
  }

  @Override
  public boolean knows(String typeName) {
    return ORDER_PLACED.equals(typeName)
        || ORDER_CONFIRMED.equals(typeName)
        || PIZZA_ADDED.equals(typeName)
        || TAB_PAID.equals(typeName);
  }

  @Override
  public String encode(Object event) {
    if (event instanceof OrderPlaced placed) {
      return "{\"orderId\":\"" + placed.orderId() + "\",\"pizzas\":" + placed.pizzas() + "}";
    }
    if (event instanceof OrderConfirmed confirmed) {
      return "{\"orderId\":\"" + confirmed.orderId() + "\"}";
    }
    if (event instanceof TabEvent.PizzaAdded added) {
      return "{\"tab\":\""
          + added.tab()
          + "\",\"pizza\":\""
          + added.pizza()
          + "\",\"cents\":"
          + added.cents()
          + "}";
    }
    if (event instanceof TabEvent.TabPaid paid) {
      return "{\"tab\":\"" + paid.tab() + "\",\"cents\":" + paid.cents() + "}";
    }
    throw new IllegalArgumentException("TestCodec does not know " + event.getClass().getName());
  }

  @Override
  public Object decode(String typeName, String json) {
    Map<String, String> members = parse(typeName, json);
    if (ORDER_PLACED.equals(typeName)) {
      return new OrderPlaced(
          required(members, "orderId", typeName), integer(members, "pizzas", typeName));
    }
    if (ORDER_CONFIRMED.equals(typeName)) {
      return new OrderConfirmed(required(members, "orderId", typeName));
    }
    if (PIZZA_ADDED.equals(typeName)) {
      return new TabEvent.PizzaAdded(
          required(members, "tab", typeName),
          required(members, "pizza", typeName),
          integer(members, "cents", typeName));
    }
    if (TAB_PAID.equals(typeName)) {
      return new TabEvent.TabPaid(
          required(members, "tab", typeName), integer(members, "cents", typeName));
    }
    throw new EventDecodingException("TestCodec does not know event type '" + typeName + "'");
  }

  private static Map<String, String> parse(String typeName, String json) {
    String body = json.trim();
    if (!body.startsWith("{") || !body.endsWith("}")) {
      throw new EventDecodingException(
          "Payload of " + typeName + " is not a JSON object: " + JsonLimits.quote(json));
    }
    body = body.substring(1, body.length() - 1);
    Map<String, String> members = new LinkedHashMap<>();
    Matcher matcher = MEMBER.matcher(body);
    int at = 0;
    while (at < body.length()) {
      if (!matcher.find(at) || matcher.start() != at) {
        throw new EventDecodingException(
            "Payload of "
                + typeName
                + " is not valid JSON at offset "
                + (at + 1)
                + ": "
                + JsonLimits.quote(json));
      }
      String value = matcher.group(3) != null ? matcher.group(3) : matcher.group(2);
      // As the generated codecs do: a member given twice could be read two ways.
      if (members.put(matcher.group(1), value) != null) {
        throw new EventDecodingException(
            "Payload of " + typeName + " has member '" + matcher.group(1) + "' twice");
      }
      at = matcher.end();
    }
    return members;
  }

  private static int integer(Map<String, String> members, String name, String typeName) {
    String value = required(members, name, typeName);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new EventDecodingException(
          "Payload of "
              + typeName
              + " has member '"
              + name
              + "' that is not an int ("
              + value.length()
              + " characters)");
    }
  }

  private static String required(Map<String, String> members, String name, String typeName) {
    String value = members.get(name);
    if (value == null) {
      throw new EventDecodingException("Payload of " + typeName + " lacks member '" + name + "'");
    }
    return value;
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return List.of();
  }
}
