package warnings;

import dev.herald.Handles;

public final class SerializationHandler {
  @Handles
  void on(UnserializableDomainEvent event) {}

  @Handles
  void on(SuppressedUnserializableDomainEvent event) {}
}
