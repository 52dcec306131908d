package dev.herald.kafka.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.herald.kafka.TestRecords;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One line of the hostile corpus's record column, parsed: a base record and the operations that
 * spoil it. See {@code src/test/resources/hostile/kafka-consumer.cases} for the grammar.
 */
public final class RecordSpec {

  /** The CloudEvents type the receiving test service knows. */
  public static final String TYPE = "com.mariopizzeria.order.confirmed.v1";

  private static final String DATA =
      "{\"orderId\":\"${case}\",\"customerId\":\"c-1\",\"totalCents\":1200}";
  private static final String STRUCTURED =
      "{\"specversion\":\"1.0\",\"id\":\"${uuid}\",\"source\":\"mario-pizzeria/orders\","
          + "\"type\":\"${type}\",\"subject\":\"o-1\",\"datacontenttype\":\"application/json\","
          + "\"data\":${data}}";

  private final String text;

  private RecordSpec(String text) {
    this.text = text;
  }

  /** Parses the column; the operations are checked now, the values built per record. */
  public static RecordSpec parse(String text) {
    RecordSpec spec = new RecordSpec(text.strip());
    spec.build("check");
    return spec;
  }

  /** A good binary-mode record of the test service's event, its order id being {@code name}. */
  public static RecordSpec goodBinary() {
    return parse("binary");
  }

  /** The record as a producer writes it. */
  public ProducerRecord<byte[], byte[]> producerRecord(String topic, String caseName) {
    Built built = build(caseName);
    return new ProducerRecord<>(
        topic,
        null,
        built.key,
        built.value,
        new RecordHeaders(built.headers.toArray(Header[]::new)));
  }

  /** The record as a consumer reads it, for the reader without a broker. */
  public ConsumerRecord<byte[], byte[]> consumerRecord(String topic, long offset, String caseName) {
    Built built = build(caseName);
    return TestRecords.record(topic, 0, offset, built.key, built.value, built.headers);
  }

  @Override
  public String toString() {
    return text;
  }

  /** A record's parts while the operations apply. */
  private static final class Built {
    byte[] key = "o-1".getBytes(UTF_8);
    byte[] value;
    final List<Header> headers = new ArrayList<>();

    void set(String name, byte[] value) {
      headers.removeIf(h -> h.key().equals(name));
      headers.add(new RecordHeader(name, value));
    }
  }

  private Built build(String caseName) {
    List<String> ops = split(text, ';');
    Built built = new Built();
    Expressions values = new Expressions(caseName);
    String base = ops.get(0).strip();
    switch (base) {
      case "binary" -> {
        built.set("ce_specversion", bytes("1.0"));
        built.set("ce_id", bytes(UUID.randomUUID().toString()));
        built.set("ce_source", bytes("mario-pizzeria/orders"));
        built.set("ce_type", bytes(TYPE));
        built.set("ce_subject", bytes("o-1"));
        built.set("content-type", bytes("application/json"));
        built.value = values.expand(DATA).getBytes(UTF_8);
      }
      case "structured" -> {
        built.set("content-type", bytes("application/cloudevents+json"));
        built.value = values.expand(STRUCTURED).getBytes(UTF_8);
      }
      case "bare" -> built.value = values.expand(DATA).getBytes(UTF_8);
      default -> throw new IllegalArgumentException("unknown base '" + base + "' in: " + text);
    }
    for (String op : ops.subList(1, ops.size())) {
      apply(op.strip(), built, values);
    }
    return built;
  }

  private void apply(String op, Built built, Expressions values) {
    int space = op.indexOf(' ');
    String command = space < 0 ? op : op.substring(0, space);
    String rest = space < 0 ? "" : op.substring(space + 1).strip();
    int times = 1;
    int star = command.indexOf('*');
    if (star > 0) {
      times = Integer.parseInt(command.substring(star + 1));
      command = command.substring(0, star);
    }
    switch (command) {
      case "value" -> built.value = values.eval(rest);
      case "key" -> built.key = values.eval(rest);
      case "drop" -> built.headers.removeIf(h -> h.key().equals(rest));
      case "set", "add" -> {
        int gap = rest.indexOf(' ');
        if (gap < 0) {
          throw new IllegalArgumentException("'" + op + "' needs a header name and a value");
        }
        String name = rest.substring(0, gap);
        String expression = rest.substring(gap + 1).strip();
        for (int i = 0; i < times; i++) {
          byte[] value = values.eval(expression);
          if (command.equals("set")) {
            built.set(name, value);
          } else {
            built.headers.add(new RecordHeader(name, value));
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown operation '" + op + "' in: " + text);
    }
  }

  /** Evaluates value expressions: atoms joined with {@code +}. */
  private static final class Expressions {
    private final String caseName;

    Expressions(String caseName) {
      this.caseName = caseName;
    }

    String expand(String template) {
      String data = DATA.replace("${case}", caseName);
      String result =
          template.replace("${data}", data).replace("${case}", caseName).replace("${type}", TYPE);
      while (result.contains("${uuid}")) {
        result = result.replaceFirst("\\$\\{uuid}", UUID.randomUUID().toString());
      }
      return result;
    }

    byte[] eval(String expression) {
      List<String> atoms = split(expression, '+');
      if (atoms.size() == 1 && atoms.get(0).strip().equals("null")) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (String atom : atoms) {
        out.writeBytes(atom(atom.strip()));
      }
      return out.toByteArray();
    }

    private byte[] atom(String atom) {
      if (atom.startsWith("'") && atom.endsWith("'") && atom.length() >= 2) {
        return expand(atom.substring(1, atom.length() - 1)).getBytes(UTF_8);
      }
      if (atom.equals("data")) {
        return expand("${data}").getBytes(UTF_8);
      }
      int open = atom.indexOf('(');
      if (open < 0 || !atom.endsWith(")")) {
        throw new IllegalArgumentException("cannot read the value '" + atom + "'");
      }
      String function = atom.substring(0, open);
      String argument = atom.substring(open + 1, atom.length() - 1);
      return switch (function) {
        case "hex" -> HexFormat.of().parseHex(argument.replace(" ", ""));
        case "repeat" -> repeat(argument);
        case "latin1" -> recode(argument, StandardCharsets.ISO_8859_1);
        case "utf16" -> recode(argument, StandardCharsets.UTF_16);
        case "base64" -> Base64.getEncoder().encode(eval(argument));
        default -> throw new IllegalArgumentException("unknown function '" + function + "'");
      };
    }

    private byte[] repeat(String argument) {
      List<String> parts = split(argument, ',');
      byte[] unit = eval(parts.get(0));
      int count = Integer.parseInt(parts.get(1).strip());
      ByteArrayOutputStream out = new ByteArrayOutputStream(unit.length * count);
      for (int i = 0; i < count; i++) {
        out.writeBytes(unit);
      }
      return out.toByteArray();
    }

    private byte[] recode(String argument, Charset charset) {
      return new String(eval(argument), UTF_8).getBytes(charset);
    }
  }

  /** Splits at the separator where it is outside quotes and parentheses. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == separator) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
