package dev.herald.processor;

import com.google.auto.service.AutoService;
import dev.herald.processor.catalog.CatalogStep;
import dev.herald.processor.diagnostics.Describe;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.diagnostics.Reporter;
import dev.herald.processor.reading.AnnotatedTypes;
import dev.herald.processor.reading.CompilationTypes;
import dev.herald.processor.reading.HeraldTypes;
import dev.herald.processor.writing.EventCodecSourceWriter;
import dev.herald.processor.writing.HandlerTableWriter;
import dev.herald.processor.writing.HeraldModuleWriter;
import dev.herald.processor.writing.SourceWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Herald's annotation processor. It only coordinates the rounds: it gathers the compilation's
 * events, handlers, upcasters and event-sourced aggregates, waits while their signatures name types
 * another processor has yet to generate, and then hands them once to the {@link GenerationStep}.
 *
 * <p>The sources are written in the first round in which everything resolves (usually the first),
 * not in the last one, so that Dagger still processes the generated module; they leave out whatever
 * has a mistake, and the mistakes are printed in the following round. It never claims an
 * annotation: {@link #process} returns {@code false}. The event catalog, which also covers types
 * without Herald annotations, is written in the last round.
 */
@AutoService(Processor.class)
public final class HeraldProcessor extends AbstractProcessor {

  private final AnnotatedTypes annotatedTypes = new AnnotatedTypes();
  private Reporter reporter;
  private GenerationStep step;
  private CatalogStep catalog;
  private int round;
  private boolean done;
  private boolean generated;
  private boolean reportInThisRound;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter = new Reporter(processingEnv.getMessager());
    step = new GenerationStep(processingEnv, reporter, writers());
    catalog = new CatalogStep(processingEnv, reporter);
  }

  /**
   * The generated files, in writing order; a new generated file is one more writer here. The Dagger
   * module only when the compilation can compile it, or the option {@code herald.dagger} says so.
   */
  private List<SourceWriter> writers() {
    List<SourceWriter> writers = new ArrayList<>();
    writers.add(new HandlerTableWriter());
    if (DaggerSupport.writesModule(processingEnv.getOptions(), processingEnv.getElementUtils())) {
      writers.add(new HeraldModuleWriter());
    }
    writers.add(new EventCodecSourceWriter());
    return writers;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        HeraldTypes.DOMAIN_EVENT,
        HeraldTypes.INTEGRATION_EVENT,
        HeraldTypes.HANDLES,
        HeraldTypes.APPLIES,
        HeraldTypes.UPCASTS);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Option.keys();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    round++;
    catalog.observe(roundEnv);
    processRound(roundEnv);
    if (roundEnv.processingOver()) {
      writeCatalog();
    }
    return false;
  }

  private void processRound(RoundEnvironment roundEnv) {
    Elements elements = processingEnv.getElementUtils();
    List<Element> found = AnnotatedTypes.find(roundEnv, elements);
    if (done) {
      followUp(found);
      return;
    }
    annotatedTypes.add(found);
    if (annotatedTypes.isEmpty()) {
      return;
    }
    List<Element> unresolved = annotatedTypes.unresolved(elements);
    if (!unresolved.isEmpty()) {
      // Another processor may generate the missing types in this round; only the last round knows.
      if (roundEnv.processingOver() && !roundEnv.errorRaised()) {
        unresolved.forEach(this::reportUnresolved);
      }
      return;
    }
    CompilationTypes types = types();
    GenerationStep.Validation validation = step.validate(types);
    generated = step.write(validation, types);
    step.updateIdsFile(validation, types);
    if (generated) {
      // An error printed now would end processing before Dagger sees the generated module, adding
      // its follow-up errors to the real one. The next round, which the new sources guarantee,
      // validates again (elements of this round may not be valid then) and prints the findings;
      // when there are none, as in most builds, it need not validate the compilation a second time.
      reportInThisRound = !validation.findings().isEmpty();
    } else {
      reporter.report(validation.findings());
    }
    done = true;
  }

  /**
   * The catalog aggregates every type of the compilation, aggregates included, so it is written
   * once, in the last round, from a model built again of that round's elements.
   */
  private void writeCatalog() {
    if (generated && Option.CATALOG.isEnabledIn(processingEnv.getOptions())) {
      CompilationTypes types = types();
      step.model(step.validate(types), types).ifPresent(catalog::write);
    }
  }

  /** A round after the sources were written: print what validation found, and report latecomers. */
  private void followUp(List<Element> found) {
    if (reportInThisRound) {
      reportInThisRound = false;
      reporter.report(step.validate(types()).findings());
    }
    if (generated) {
      for (Element late : found) {
        reporter.report(Finding.on(late, Diagnostic.LATE_ELEMENT, Describe.element(late), round));
      }
    }
  }

  private CompilationTypes types() {
    return annotatedTypes.types(processingEnv.getElementUtils());
  }

  private void reportUnresolved(Element element) {
    reporter.report(Finding.on(element, Diagnostic.UNRESOLVED_TYPE, Describe.element(element)));
  }
}
