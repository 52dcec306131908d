package shop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Values the codec must refuse to encode: nulls where the record does not allow them. */
public final class BrokenSamples implements Supplier<List<Object>> {

  @Override
  public List<Object> get() {
    return List.of(
        new OrderConfirmed(null),
        new Awkward("j", 1, List.of(Arrays.asList("x", null)), Map.of(), "f", "v", "e", "w", "e1"),
        Samples.minimal(new Menu(Arrays.asList(new Menu.Item("soup", 1), null))),
        Samples.minimal(null));
  }
}
