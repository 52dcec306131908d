package shop;

import dev.herald.DomainEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@DomainEvent
public record Unsupported(
    String fine,
    Object payload,
    List rawList,
    int[] numbers,
    Runnable task,
    Map<Integer, String> byNumber,
    List<Optional<String>> maybes,
    java.util.Date legacyDate,
    List<? extends CharSequence> wildcard,
    Nested nested,
    Loop loop) {

  public interface Open {}

  public record Nested(String ok, Open open) {}

  public record Loop(Loop next, List<Loop> more, StringBuilder text) {}
}
