package dev.herald.kafka;

import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.IntegrationEventType;
import java.util.List;

/** A codec that forwards to another: tests override the one method they watch or change. */
public class ForwardingCodec implements EventCodec {

  private final EventCodec codec;

  public ForwardingCodec(EventCodec codec) {
    this.codec = codec;
  }

  @Override
  public String typeName(Class<?> eventType) {
    return codec.typeName(eventType);
  }

  @Override
  public boolean knows(String typeName) {
    return codec.knows(typeName);
  }

  @Override
  public String encode(Object event) {
    return codec.encode(event);
  }

  @Override
  public Object decode(String typeName, String json) {
    return codec.decode(typeName, json);
  }

  @Override
  public List<IntegrationEventType> integrationEvents() {
    return codec.integrationEvents();
  }
}
