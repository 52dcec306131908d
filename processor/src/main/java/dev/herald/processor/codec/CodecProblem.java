package dev.herald.processor.codec;

import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * A record component the codec cannot serialize, to be reported as a compile error on it.
 *
 * @param element the record component (or, for a problem with a whole type, the type)
 * @param message what is wrong and how to fix it
 */
public record CodecProblem(Element element, String message) {

  public CodecProblem {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(message, "message");
  }
}
