package dev.herald.processor;

import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * Decides whether a compilation gets the Dagger module: a module naming {@code dagger.Module}
 * without Dagger on the class path would break the build of a project that wires its handler table
 * by hand.
 */
final class DaggerSupport {

  private static final String DAGGER_MODULE = "dagger.Module";

  private DaggerSupport() {}

  /** Whether to write {@code <Prefix>HeraldModule}, after the option {@code herald.dagger}. */
  static boolean writesModule(Map<String, String> options, Elements elements) {
    String mode = Option.DAGGER.valueIn(options).orElse("auto");
    return mode.equals("auto") ? isOnClassPath(elements) : mode.equals("true");
  }

  /**
   * The error of forcing the module on without Dagger on the class path, if that is the case.
   *
   * @param moduleName the module's name, for the message
   */
  static Optional<Finding> problem(
      Map<String, String> options, Elements elements, String moduleName) {
    return Option.DAGGER.isSetIn(options) && !isOnClassPath(elements)
        ? Optional.of(Finding.global(Diagnostic.DAGGER_NOT_ON_CLASS_PATH, moduleName))
        : Optional.empty();
  }

  private static boolean isOnClassPath(Elements elements) {
    return elements.getTypeElement(DAGGER_MODULE) != null;
  }
}
