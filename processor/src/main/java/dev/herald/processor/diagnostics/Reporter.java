package dev.herald.processor.diagnostics;

import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * Prints findings through the compiler, on the element (and annotation value) they are about, and
 * drops warnings the user silenced with {@code @SuppressWarnings("herald:<id>")}.
 */
public final class Reporter {

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Prints every finding, in the given order. */
  public void report(Collection<Finding> findings) {
    findings.forEach(this::report);
  }

  /** Prints one finding unless it is a warning suppressed on its element or an enclosing one. */
  public void report(Finding finding) {
    Element element = finding.element();
    if (element == null) {
      messager.printMessage(finding.diagnostic().kind(), finding.message());
    } else if (finding.diagnostic().kind() == Kind.ERROR || !isSuppressed(finding)) {
      if (finding.annotation().isEmpty()) {
        messager.printMessage(finding.diagnostic().kind(), finding.message(), element);
      } else if (finding.value().isEmpty()) {
        messager.printMessage(
            finding.diagnostic().kind(), finding.message(), element, finding.annotation().get());
      } else {
        messager.printMessage(
            finding.diagnostic().kind(),
            finding.message(),
            element,
            finding.annotation().get(),
            finding.value().get());
      }
    }
  }

  private static boolean isSuppressed(Finding finding) {
    String key = finding.diagnostic().suppressionKey();
    for (Element scope = finding.element(); scope != null; scope = scope.getEnclosingElement()) {
      SuppressWarnings suppressed = scope.getAnnotation(SuppressWarnings.class);
      if (suppressed != null && List.of(suppressed.value()).contains(key)) {
        return true;
      }
    }
    return false;
  }
}
