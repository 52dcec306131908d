package dev.herald.processor;

import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The processor options Herald understands, passed as {@code -A<key>=<value>}; each key starts with
 * {@value #PREFIX}.
 */
public enum Option {

  /** The package of the generated sources, instead of the events' and handlers' common package. */
  PACKAGE("package", SourceVersion::isName, Diagnostic.INVALID_PACKAGE_OPTION),

  /** The prefix of the generated class names, instead of the package's last segment. */
  NAME(
      "name",
      value ->
          SourceVersion.isIdentifier(value)
              && !SourceVersion.isKeyword(value)
              && Character.isUpperCase(value.charAt(0)),
      Diagnostic.INVALID_NAME_OPTION),

  /**
   * Whether to write the event catalog under {@code META-INF/herald/<package>/}: {@code true} (the
   * default) or {@code false}.
   */
  CATALOG("catalog", Option::isBoolean, Diagnostic.INVALID_CATALOG_OPTION),

  /**
   * Whether to write the Dagger module {@code <Prefix>HeraldModule}: {@code auto} (the default)
   * writes it when {@code dagger.Module} is on the compilation's class path, {@code true} always
   * (an error without Dagger), {@code false} never.
   */
  DAGGER(
      "dagger",
      value -> value.equals("auto") || isBoolean(value),
      Diagnostic.INVALID_DAGGER_OPTION),

  /**
   * The absolute path of the ids file the project keeps in version control: the route ids and
   * stored event names of the compilation, which the processor checks the code against so that no
   * rename strands stored deliveries or events unnoticed.
   */
  IDS("ids", Option::isAbsolutePath, Diagnostic.INVALID_IDS_OPTION),

  /**
   * Whether to rewrite the ids file from the code instead of checking the code against it: {@code
   * false} (the default) or {@code true}, for a deliberate change.
   */
  IDS_UPDATE("ids.update", Option::isBoolean, Diagnostic.INVALID_IDS_UPDATE_OPTION);

  /** What every Herald option key starts with. */
  public static final String PREFIX = "herald.";

  private final String key;
  private final Predicate<String> isValid;
  private final Diagnostic invalid;

  Option(String name, Predicate<String> isValid, Diagnostic invalid) {
    this.key = PREFIX + name;
    this.isValid = isValid;
    this.invalid = invalid;
  }

  /** The option's key, e.g. {@code herald.package}. */
  public String key() {
    return key;
  }

  /** Every key, for {@code getSupportedOptions()}. */
  public static Set<String> keys() {
    return Arrays.stream(values()).map(Option::key).collect(Collectors.toUnmodifiableSet());
  }

  /** The option's value in the given processor options, if set and well-formed. */
  Optional<String> valueIn(Map<String, String> options) {
    return Optional.ofNullable(options.get(key)).filter(isValid);
  }

  /** Whether a boolean option is on: its value unless that is {@code false}, so on by default. */
  boolean isEnabledIn(Map<String, String> options) {
    return valueIn(options).filter("false"::equals).isEmpty();
  }

  /** Whether a boolean option is set to {@code true}, so off by default. */
  boolean isSetIn(Map<String, String> options) {
    return valueIn(options).filter("true"::equals).isPresent();
  }

  private static boolean isBoolean(String value) {
    return value.equals("true") || value.equals("false");
  }

  private static boolean isAbsolutePath(String value) {
    try {
      return !value.isBlank() && Path.of(value).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The finding for a value that is set but malformed, if it is. */
  Optional<Finding> problemIn(Map<String, String> options) {
    return Optional.ofNullable(options.get(key))
        .filter(isValid.negate())
        .map(value -> Finding.global(invalid, value));
  }
}
