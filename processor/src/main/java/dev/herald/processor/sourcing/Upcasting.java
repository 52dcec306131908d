package dev.herald.processor.sourcing;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.model.UpcastModel;
import dev.herald.processor.validation.ValidationReport;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The checked upcasters of a compilation: which older version each turns into which newer one, and
 * what was wrong with the others.
 */
public final class Upcasting {

  /**
   * One upcaster.
   *
   * @param method the static {@code @Upcasts} method
   * @param from the older version, its parameter
   * @param to the next version, its return type
   */
  public record Link(ExecutableElement method, TypeElement from, TypeElement to) {}

  private final ValidationReport report;
  private final Map<TypeElement, Link> links;
  private final EventVersions versions;

  Upcasting(ValidationReport report, Map<TypeElement, Link> links, EventVersions versions) {
    this.report = report;
    this.links = Map.copyOf(links);
    this.versions = versions;
  }

  /** The mistakes found in versions and upcasters. */
  public ValidationReport report() {
    return report;
  }

  /** The older versions: records the codec reads as a newer one. */
  public Set<TypeElement> olderVersions() {
    return links.keySet();
  }

  /** The upcaster of each older version, as the codec calls it. */
  public Map<TypeElement, UpcastModel> models() {
    Map<TypeElement, UpcastModel> models = new HashMap<>();
    links.forEach(
        (older, link) ->
            models.put(
                older,
                new UpcastModel(
                    ClassName.get((TypeElement) link.method().getEnclosingElement()),
                    link.method().getSimpleName().toString(),
                    ClassName.get(link.to()))));
    return models;
  }

  /** The upcaster of an older version; empty for a current one. */
  public Optional<Link> linkOf(TypeElement record) {
    return Optional.ofNullable(links.get(record));
  }

  /**
   * The current version an older one is read as, following the chain; the record itself when it is
   * current.
   */
  public TypeElement currentOf(TypeElement record) {
    TypeElement current = record;
    for (int steps = 0; links.containsKey(current) && steps <= links.size(); steps++) {
      current = links.get(current).to();
    }
    return current;
  }

  /**
   * HERALD-461 on a {@code @Handles} or {@code @Applies} method that takes an older version.
   *
   * @param annotation the method's annotation, without {@code @}
   */
  Finding olderVersionTaken(String annotation, ExecutableElement method, TypeElement older) {
    TypeElement current = currentOf(older);
    EventVersions.Version version = versions.of(older).orElseThrow();
    return Finding.on(
        method,
        Diagnostic.OLDER_VERSION_HANDLED,
        annotation,
        Describe.method(method),
        Describe.type(older),
        version.version(),
        version.event().describe(),
        Describe.type(current),
        versions.of(current).map(EventVersions.Version::version).orElse(0),
        Describe.type(current));
  }
}
