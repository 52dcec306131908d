package dev.herald.jdbc;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.EventDecodingException;
import dev.herald.runtime.generated.JsonLimits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Picks, among the application's generated codecs, the one that knows an event type or name. */
final class Codecs {

  private final List<EventCodec> codecs;
  // Looking a class up in every codec on every event would cost a scan per write.
  private final Map<Class<?>, EventCodec> byClass = new ConcurrentHashMap<>();

  Codecs(List<EventCodec> codecs) {
    this.codecs = List.copyOf(codecs);
  }

  /** The codec that writes events of this class. */
  EventCodec forClass(Class<?> eventType) {
    EventCodec codec = byClass.get(eventType);
    if (codec != null) {
      return codec;
    }
    for (EventCodec candidate : codecs) {
      if (candidate.typeName(eventType) != null) {
        byClass.put(eventType, candidate);
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "No EventCodec knows event type "
            + eventType.getName()
            + ": pass the codec generated for its compilation unit to"
            + " JdbcOutbox.builder(..).codec(..)");
  }

  String typeName(Object event) {
    return forClass(event.getClass()).typeName(event.getClass());
  }

  String encode(Object event) {
    return forClass(event.getClass()).encode(event);
  }

  /**
   * Reads a stored event.
   *
   * @throws EventDecodingException naming the type and why, for the dead-letter reason
   */
  Object decode(String typeName, String json) {
    for (EventCodec codec : codecs) {
      if (codec.knows(typeName)) {
        try {
          return codec.decode(typeName, json);
        } catch (EventDecodingException e) {
          throw e;
        } catch (RuntimeException | StackOverflowError e) {
          // A codec's own bug or a recursion too deep for the stack must park the row, not stop
          // the relay on it at every poll.
          throw new EventDecodingException(
              "Stored payload of event type '"
                  + typeName
                  + "' cannot be decoded: "
                  + JsonLimits.quote(e.toString()),
              e);
        }
      }
    }
    throw new EventDecodingException(
        "Unknown event type '"
            + JsonLimits.quote(typeName)
            + "': no EventCodec knows it (renamed or removed?)");
  }
}
