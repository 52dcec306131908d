package dev.herald.processor.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Which events the compilation's aggregates raise, where the compiler lets Herald read method
 * bodies: javac does, through its Tree API; Eclipse's compiler, or a javac whose processing
 * environment is wrapped (as Gradle's incremental processing does), does not, and then the catalog
 * lists no aggregates instead of failing the build.
 */
final class Aggregates {

  private final Optional<AggregateScanner> scanner;

  private Aggregates(Optional<AggregateScanner> scanner) {
    this.scanner = scanner;
  }

  /** The aggregates of the compilation {@code environment} belongs to. */
  static Aggregates of(ProcessingEnvironment environment) {
    try {
      return new Aggregates(Optional.of(AggregateScanner.of(environment)));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      // Trees.instance refuses a foreign environment; without jdk.compiler the class is missing.
      return new Aggregates(Optional.empty());
    }
  }

  /** Whether method bodies can be read, so that an empty result means "no aggregate raises it". */
  boolean canScan() {
    return scanner.isPresent();
  }

  /**
   * The events each aggregate among the types raises; empty when bodies cannot be read.
   *
   * @see AggregateScanner#raisedEvents
   */
  Map<String, SortedSet<String>> raisedEvents(
      Collection<TypeElement> types, Collection<String> eventNames) {
    return scanner.map(found -> found.raisedEvents(types, eventNames)).orElse(Map.of());
  }
}
