package loyalty;

import dev.herald.runtime.EventSourcedAggregate;

@SuppressWarnings({"rawtypes", "unchecked"})
public final class RawAccount extends EventSourcedAggregate {
  public RawAccount() {
    super(null);
  }

  @Override
  public Object id() {
    return "a-1";
  }
}
