package loyalty;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

public final class OpenEventAccount extends EventSourcedAggregate<String, OpenEventAccount.Remark> {
  public OpenEventAccount() {
    super(null);
  }

  @Override
  public String id() {
    return "a-1";
  }

  public interface Remark {}

  @Applies
  void on(Remark event) {}
}
