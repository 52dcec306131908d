package dev.herald.processor.writing;

import dev.herald.processor.codec.CodecEvent;
import dev.herald.processor.codec.JsonCompatibility;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.EventModel;
import dev.herald.processor.model.IntegrationContract;
import java.util.ArrayList;
import java.util.List;

/**
 * The events the generated codec and the integration contract describe: the records declared in the
 * compilation (a record of another module is in that module's codec) that the codec can write; the
 * others were reported by validation.
 */
final class CodecEvents {

  private CodecEvents() {}

  /** The codec's events, in qualified name order. */
  static List<CodecEvent> of(CompilationModel model) {
    JsonCompatibility compatibility = new JsonCompatibility(model.names().packageName());
    List<CodecEvent> events = new ArrayList<>();
    for (EventModel event : model.events()) {
      if (!event.declaredHere() || !compatibility.problems(event.element()).isEmpty()) {
        continue;
      }
      if (event.integration().isPresent()) {
        IntegrationContract contract = event.integration().get();
        events.add(
            CodecEvent.integration(
                event.element(), contract.type(), contract.version(), contract.source()));
      } else {
        events.add(CodecEvent.domain(event.element()));
      }
    }
    return events;
  }
}
