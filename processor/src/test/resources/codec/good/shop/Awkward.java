package shop;

import dev.herald.DomainEvent;
import java.util.List;
import java.util.Map;

/** Components named like the generated code's own variables. */
@DomainEvent
public record Awkward(String json, int object, List<List<String>> element, Map<String, List<String>> element2,
    String failure, String value, String e, String w1, String e1) {}
