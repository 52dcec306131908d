package dev.herald.processor.ids;

import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.ids.StableId.Declared;
import dev.herald.processor.ids.StableId.Kind;
import dev.herald.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the stable names of the code against the ids file: a listed name no element has any more
 * would strand what is stored under it, so it is an error, reported on the element that most likely
 * took its place (a renamed method, a moved record) with the old name to keep; a name the file does
 * not list yet is an error too, so that the file stays complete and guards the next rename.
 */
public final class RenameGuard {

  /** A default route id: {@code <handler binary name>#<method>(<event simple name>)}. */
  private static final Pattern DEFAULT_ROUTE_ID = Pattern.compile("(.+)#([^#(]+)\\((.+)\\)");

  private static final Pattern VERSION_SUFFIX = Pattern.compile("\\.v[0-9]+$");

  private final Elements elements;
  private final String path;

  /**
   * @param path the ids file, for messages
   */
  public RenameGuard(Elements elements, String path) {
    this.elements = elements;
    this.path = path;
  }

  /** Every difference between the listed names and the code's, as findings. */
  public ValidationReport check(SortedSet<StableId> listed, List<Declared> declared) {
    Map<StableId, Element> current = new LinkedHashMap<>();
    for (Declared id : declared) {
      current.putIfAbsent(id.id(), id.element());
    }
    List<StableId> added = new ArrayList<>();
    for (StableId id : current.keySet()) {
      if (!listed.contains(id)) {
        added.add(id);
      }
    }
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, Element> handlerClasses = handlerClasses(current);
    Set<StableId> explained = new HashSet<>();
    for (StableId old : listed) {
      if (current.containsKey(old)) {
        continue;
      }
      Optional<StableId> successor =
          added.stream().filter(id -> !explained.contains(id) && looksRenamed(old, id)).findFirst();
      if (successor.isPresent()) {
        explained.add(successor.get());
        report.add(changed(old, successor.get(), current.get(successor.get())));
      } else {
        report.add(removed(old, handlerClasses));
      }
    }
    for (StableId id : added) {
      if (!explained.contains(id)) {
        report.add(notListed(id, current.get(id)));
      }
    }
    return report.build();
  }

  private Finding changed(StableId old, StableId id, Element element) {
    if (id.kind() == Kind.ROUTE) {
      return Finding.on(
          element,
          Diagnostic.ROUTE_ID_CHANGED,
          id.value(),
          Describe.element(element),
          path,
          old.value(),
          old.value());
    }
    String keep =
        VERSION_SUFFIX.matcher(id.value()).find()
            ? "the @IntegrationEvent type and version that give " + old.value()
            : "@DomainEvent(name = \"" + old.value() + "\")";
    return Finding.on(
        element,
        Diagnostic.EVENT_NAME_CHANGED,
        Describe.element(element),
        id.value(),
        path,
        old.value(),
        keep);
  }

  /** On the handler class when it still exists, else about the file as a whole. */
  private Finding removed(StableId old, Map<String, Element> handlerClasses) {
    if (old.kind() == Kind.EVENT) {
      return Finding.global(Diagnostic.EVENT_NAME_REMOVED, path, old.value(), old.value());
    }
    Matcher parts = DEFAULT_ROUTE_ID.matcher(old.value());
    Element handler = parts.matches() ? handlerClasses.get(parts.group(1)) : null;
    return handler == null
        ? Finding.global(Diagnostic.ROUTE_ID_REMOVED, path, old.value(), old.value())
        : Finding.on(handler, Diagnostic.ROUTE_ID_REMOVED, path, old.value(), old.value());
  }

  private Finding notListed(StableId id, Element element) {
    return id.kind() == Kind.ROUTE
        ? Finding.on(
            element,
            Diagnostic.ROUTE_ID_NOT_IN_IDS_FILE,
            id.value(),
            Describe.element(element),
            path,
            id.value())
        : Finding.on(
            element,
            Diagnostic.EVENT_NAME_NOT_IN_IDS_FILE,
            Describe.element(element),
            id.value(),
            path,
            id.value());
  }

  /** The classes of the current routes, by binary name. */
  private Map<String, Element> handlerClasses(Map<StableId, Element> current) {
    Map<String, Element> classes = new HashMap<>();
    for (Map.Entry<StableId, Element> entry : current.entrySet()) {
      if (entry.getKey().kind() == Kind.ROUTE) {
        TypeElement type = (TypeElement) entry.getValue().getEnclosingElement();
        classes.put(elements.getBinaryName(type).toString(), type);
      }
    }
    return classes;
  }

  /**
   * Whether a new name probably replaces an old one: a route that kept two of class, method and
   * event; an event that kept its simple name (moved) or its type (new version).
   */
  private static boolean looksRenamed(StableId old, StableId id) {
    if (old.kind() != id.kind()) {
      return false;
    }
    if (id.kind() == Kind.EVENT) {
      String oldBase = VERSION_SUFFIX.matcher(old.value()).replaceFirst("");
      String base = VERSION_SUFFIX.matcher(id.value()).replaceFirst("");
      return oldBase.equals(base) || lastSegment(oldBase).equals(lastSegment(base));
    }
    Matcher oldParts = DEFAULT_ROUTE_ID.matcher(old.value());
    Matcher parts = DEFAULT_ROUTE_ID.matcher(id.value());
    if (!oldParts.matches() || !parts.matches()) {
      return false;
    }
    int kept = 0;
    for (int group = 1; group <= 3; group++) {
      if (oldParts.group(group).equals(parts.group(group))) {
        kept++;
      }
    }
    return kept >= 2;
  }

  private static String lastSegment(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
