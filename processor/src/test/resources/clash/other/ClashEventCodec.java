package clash.other;

import clash.EventCodec;
import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like the codec Herald generates for package clash. */
public final class ClashEventCodec {
  @Inject
  public ClashEventCodec() {}

  @Handles
  public void on(EventCodec event) {
    clash.Journal.record("other.ClashEventCodec.on(" + event.getClass().getSimpleName() + ")");
  }
}
