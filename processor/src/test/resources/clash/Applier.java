package clash;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

/**
 * An event-sourced aggregate named like the generated appliers, applying the event named Object in
 * a package where Object, Class and Override are the user's: ApplierApplier names the JDK's in
 * full.
 */
public final class Applier extends EventSourcedAggregate<java.lang.String, Object> {
  private final java.lang.String id;
  private long total;

  public Applier(java.lang.String id) {
    super(new ApplierApplier());
    this.id = id;
  }

  @java.lang.Override
  public java.lang.String id() {
    return id;
  }

  public long total() {
    return total;
  }

  public void add(long at) {
    raise(new Object(at));
  }

  @Applies
  void on(Object event) {
    total += event.at();
  }
}
