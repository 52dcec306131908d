package bad;

import dev.herald.Handles;

public final class ReturnTypeHandler {
  @Handles
  String on(OrderPlaced event) {
    return "done";
  }
}
