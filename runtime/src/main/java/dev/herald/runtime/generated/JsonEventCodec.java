package dev.herald.runtime.generated;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import java.io.IOException;
import java.util.List;

/**
 * What every generated codec is: a {@link JsonSchema} of its records, read and written with
 * jackson-core's streaming parser and generator under {@link JsonLimits}, plus two switches the
 * processor generates, one calling each record's canonical constructor and one reading its
 * accessors. No reflection: records are built and read by plain, typed calls.
 *
 * <p>Every decoding failure is an {@link EventDecodingException} naming the JSON path and, for a
 * limit, the limit; no other exception leaves {@link #decode}.
 */
public abstract class JsonEventCodec implements EventCodec {

  private final JsonSchema schema;

  protected JsonEventCodec(JsonSchema schema) {
    this.schema = schema;
  }

  /** Calls the canonical constructor of record {@code record} with {@code values}, in order. */
  protected abstract Object construct(int record, Object[] values);

  /** The component values of {@code value}, an instance of record {@code record}, in order. */
  protected abstract Object[] components(int record, Object value);

  /**
   * Calls the upcaster of record {@code record}, an older version of an event, with {@code value},
   * an instance of it; generated only for a codec with older versions.
   */
  protected Object upcast(int record, Object value) {
    throw unknown(record);
  }

  /** What a generated switch throws for a record index it does not have: a bug, never input. */
  protected static IllegalArgumentException unknown(int record) {
    return new IllegalArgumentException("no record " + record + " in this codec");
  }

  @Override
  public final String typeName(Class<?> eventType) {
    JsonSchema.Event event = schema.byClass.get(eventType);
    return event == null ? null : event.typeName();
  }

  @Override
  public final boolean knows(String typeName) {
    return typeName != null && schema.byName.containsKey(typeName);
  }

  @Override
  public final List<IntegrationEventType> integrationEvents() {
    return schema.integrationEvents;
  }

  @Override
  public final String encode(Object event) {
    JsonSchema.Event known = event == null ? null : schema.byClass.get(event.getClass());
    if (known == null) {
      throw new IllegalArgumentException(
          schema.codecName
              + " does not know the event type "
              + (event == null ? "null" : event.getClass().getName()));
    }
    SegmentedStringWriter text =
        new SegmentedStringWriter(JsonLimits.factory()._getBufferRecycler());
    String json;
    try {
      try (JsonGenerator generator = JsonLimits.factory().createGenerator(text)) {
        known.record().write(new JsonOutput(generator, this), event);
      }
      json = text.getAndClear();
    } catch (JsonProcessingException e) {
      // The generator's only limit: nesting deeper than the reader would accept.
      throw new IllegalArgumentException(
          known.typeName()
              + " cannot be encoded: "
              + JsonLimits.quote(e.getOriginalMessage())
              + " (JsonLimits.MAX_NESTING_DEPTH is "
              + JsonLimits.MAX_NESTING_DEPTH
              + ")",
          e);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory failed", e);
    }
    if (json.length() > JsonLimits.MAX_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException(
          known.typeName()
              + " encodes to "
              + json.length()
              + " characters, beyond the limit JsonLimits.MAX_DOCUMENT_LENGTH ("
              + JsonLimits.MAX_DOCUMENT_LENGTH
              + "), so it could not be read back");
    }
    return json;
  }

  @Override
  public final Object decode(String typeName, String json) {
    if (typeName == null) {
      throw new EventDecodingException("no event type name given");
    }
    JsonSchema.Event known = schema.byName.get(typeName);
    if (known == null) {
      throw new EventDecodingException(
          "unknown event type "
              + JsonInput.quoted(typeName)
              + ": "
              + schema.codecName
              + " does not know it");
    }
    if (json == null) {
      throw new EventDecodingException("$: no JSON given for " + typeName);
    }
    if (json.length() > JsonLimits.MAX_DOCUMENT_LENGTH) {
      throw new EventDecodingException(
          "$: the document has "
              + json.length()
              + " characters, beyond the limit JsonLimits.MAX_DOCUMENT_LENGTH ("
              + JsonLimits.MAX_DOCUMENT_LENGTH
              + ")");
    }
    JsonParser parser = null;
    try {
      parser = JsonLimits.factory().createParser(json);
      JsonInput in = new JsonInput(parser, this, "$");
      parser.nextToken();
      Object event = known.record().read(in);
      if (parser.nextToken() != null) {
        throw in.failure("unexpected " + in.found() + " after the event's object");
      }
      return known.next() == null ? event : upcastToCurrent(known, event);
    } catch (EventDecodingException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw JsonFailures.of(e, parser);
    } catch (IOException | RuntimeException e) {
      throw new EventDecodingException(
          "$: " + typeName + " could not be read: " + JsonLimits.quote(e.toString()), e);
    } finally {
      JsonFailures.close(parser);
    }
  }

  /**
   * Applies the chain of upcasters from an older version to the current one; what an upcaster
   * throws or a wrong result makes the event unreadable, with the versions named.
   */
  private Object upcastToCurrent(JsonSchema.Event older, Object event) {
    Object current = event;
    for (JsonSchema.Event step = older; step.next() != null; step = step.next()) {
      JsonSchema.Event next = step.next();
      Object result;
      try {
        result = upcast(step.record().index, current);
      } catch (RuntimeException e) {
        throw new EventDecodingException(
            "$: upcasting "
                + step.typeName()
                + " to "
                + next.typeName()
                + " failed: "
                + JsonLimits.quote(e.toString()),
            e);
      }
      if (!next.record().type.isInstance(result)) {
        throw new EventDecodingException(
            "$: the upcaster of "
                + step.typeName()
                + " returned "
                + (result == null ? "null" : "a " + result.getClass().getName())
                + " instead of a "
                + next.record().type.getName());
      }
      current = result;
    }
    return current;
  }
}
