package dev.herald.processor.catalog;

import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.diagnostics.Reporter;
import dev.herald.processor.model.CompilationModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the event catalog of a compilation into the class output, under {@code
 * META-INF/herald/<package>/}: {@code catalog.json}, {@code asyncapi.yaml} and {@code events.md}.
 *
 * <p>It remembers the top-level types of every round, because aggregates carry no Herald
 * annotation, and writes once, in the last round, when every type of the compilation is known; the
 * files are resources, not sources, so writing them then triggers no further processing.
 */
public final class CatalogStep {

  private static final List<CatalogFile> FILES =
      List.of(new CatalogJsonFile(), new AsyncApiFile(), new EventsMarkdownFile());

  private final ProcessingEnvironment environment;
  private final Reporter reporter;
  private final SortedSet<String> rootTypeNames = new TreeSet<>();

  public CatalogStep(ProcessingEnvironment environment, Reporter reporter) {
    this.environment = environment;
    this.reporter = reporter;
  }

  /** Remembers the round's top-level types, where aggregates are looked for. */
  public void observe(RoundEnvironment round) {
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      rootTypeNames.add(type.getQualifiedName().toString());
    }
  }

  /** Writes every catalog file of the compilation; a failed write is reported, not thrown. */
  public void write(CompilationModel model) {
    Elements elements = environment.getElementUtils();
    List<TypeElement> rootTypes = new ArrayList<>();
    for (String name : rootTypeNames) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        rootTypes.add(type);
      }
    }
    Aggregates aggregates = Aggregates.of(environment);
    Map<String, SortedSet<String>> raised =
        aggregates.raisedEvents(rootTypes, CatalogFactory.eventNames(model));
    Catalog catalog = CatalogFactory.create(model, raised, aggregates.canScan());

    List<Element> originating = new ArrayList<>(model.originatingElements());
    raised.keySet().stream().map(elements::getTypeElement).forEach(originating::add);
    Filer filer = environment.getFiler();
    for (CatalogFile file : FILES) {
      String path = model.names().resource(file.fileName());
      try {
        FileObject resource =
            filer.createResource(
                StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]));
        try (OutputStream out = resource.openOutputStream()) {
          out.write(file.content(catalog).getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        reporter.report(Finding.global(Diagnostic.WRITE_FAILED, path, e.getMessage()));
        return;
      }
    }
  }
}
