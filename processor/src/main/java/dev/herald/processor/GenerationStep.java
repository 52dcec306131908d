package dev.herald.processor;

import com.palantir.javapoet.ClassName;
import dev.herald.processor.codec.JsonShapes;
import dev.herald.processor.diagnostics.Diagnostic;
import dev.herald.processor.diagnostics.Finding;
import dev.herald.processor.diagnostics.Reporter;
import dev.herald.processor.ids.CompilationIds;
import dev.herald.processor.ids.IdsFileStep;
import dev.herald.processor.model.AggregateModel;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.CompilationModelFactory;
import dev.herald.processor.naming.HeraldNames;
import dev.herald.processor.reading.CompilationTypes;
import dev.herald.processor.reading.EventTypeIndex;
import dev.herald.processor.sourcing.AggregateValidator;
import dev.herald.processor.sourcing.UpcastValidator;
import dev.herald.processor.sourcing.Upcasting;
import dev.herald.processor.validation.CodecValidator;
import dev.herald.processor.validation.CompilationValidator;
import dev.herald.processor.validation.EventValidator;
import dev.herald.processor.validation.HandlerValidator;
import dev.herald.processor.validation.ValidationReport;
import dev.herald.processor.writing.ApplierWriter;
import dev.herald.processor.writing.IntegrationContractResource;
import dev.herald.processor.writing.SourceWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * Turns the complete set of a compilation's events, handlers, upcasters and event-sourced
 * aggregates into generated sources: chooses the names, validates everything, and writes what is
 * valid (the table, module and codec, one applier per aggregate), with the integration-event
 * contract beside it in the class output.
 */
final class GenerationStep {

  private final ProcessingEnvironment environment;
  private final Reporter reporter;
  private final List<SourceWriter> writers;
  private final Map<String, Set<String>> shadowedJavaLangNames = new HashMap<>();

  /** The module of the compilation's types, where the generated package is; null before Java 9. */
  private ModuleElement module;

  GenerationStep(ProcessingEnvironment environment, Reporter reporter, List<SourceWriter> writers) {
    this.environment = environment;
    this.reporter = reporter;
    this.writers = List.copyOf(writers);
  }

  /**
   * What validation found in a compilation, with the names chosen for its sources, if any, and the
   * JSON shapes it resolved, which the model is built from.
   *
   * @param report what is wrong with the code and the options: it decides what is written
   * @param ids what differs between the code and the ids file: printed, but the code is valid and
   *     is written all the same
   */
  record Validation(
      ValidationReport report,
      ValidationReport ids,
      Optional<HeraldNames> names,
      EventTypeIndex index,
      Optional<JsonShapes> shapes,
      Upcasting upcasting,
      List<AggregateModel> aggregates) {

    /** Every finding, to print. */
    List<Finding> findings() {
      List<Finding> findings = new ArrayList<>(report.findings());
      findings.addAll(ids.findings());
      return findings;
    }

    /**
     * Whether sources can be written: the names are chosen and no problem concerns the compilation
     * as a whole. Mistakes in single elements only leave those elements out.
     */
    boolean allowsWriting() {
      return names.isPresent()
          && report.findings().stream()
              .noneMatch(
                  finding ->
                      finding.element() == null && finding.diagnostic().kind() == Kind.ERROR);
    }
  }

  /** Checks every event, handler, upcaster and aggregate of the compilation; prints nothing. */
  Validation validate(CompilationTypes types) {
    List<TypeElement> eventTypes = types.events();
    List<TypeElement> handlerTypes = types.handlers();
    Elements elements = environment.getElementUtils();
    Types typeUtils = environment.getTypeUtils();
    Map<String, String> options = environment.getOptions();

    List<TypeElement> placing = types.placing();
    module = placing.isEmpty() ? null : elements.getModuleOf(placing.get(0));
    ValidationReport.Builder report = ValidationReport.builder();
    for (Option option : Option.values()) {
      option.problemIn(options).ifPresent(report::add);
    }
    Optional<HeraldNames> names = chooseNames(types.placing(), options, report);
    String moduleName =
        names.map(chosen -> chosen.heraldModule().canonicalName()).orElse("HeraldModule");
    DaggerSupport.problem(options, elements, moduleName).ifPresent(report::add);
    if (Option.IDS_UPDATE.isSetIn(options) && !options.containsKey(Option.IDS.key())) {
      report.add(Finding.global(Diagnostic.IDS_UPDATE_WITHOUT_FILE));
    }

    EventTypeIndex index = EventTypeIndex.of(typeUtils, eventTypes, handlerTypes);
    EventValidator eventValidator = new EventValidator(elements);
    HandlerValidator handlerValidator =
        new HandlerValidator(elements, typeUtils, index, names.map(HeraldNames::packageName));
    Optional<JsonShapes> shapes = names.map(chosen -> new JsonShapes(chosen.packageName()));
    Optional<CodecValidator> codecValidator =
        shapes.map(resolver -> new CodecValidator(elements, resolver));
    for (TypeElement event : eventTypes) {
      ValidationReport eventReport = eventValidator.validate(event);
      report.addAll(eventReport);
      // A record with a mistake of its own (not public, generic...) would only repeat it here.
      if (eventReport.rejectedElements().isEmpty()) {
        codecValidator.ifPresent(codec -> report.addAll(codec.validate(event)));
      }
    }
    handlerTypes.forEach(handler -> report.addAll(handlerValidator.validate(handler)));
    Upcasting upcasting =
        new UpcastValidator(elements, typeUtils, names.map(HeraldNames::packageName))
            .validate(eventTypes, types.upcasters(), handlerTypes);
    report.addAll(upcasting.report());
    AggregateValidator aggregateValidator =
        new AggregateValidator(elements, typeUtils, upcasting, this::javaLangNamesShadowedIn);
    List<AggregateModel> aggregates = new ArrayList<>();
    // Older versions are read as newer ones, and applied events are of use: no handler needed.
    Set<TypeElement> needNoHandler = new HashSet<>(upcasting.olderVersions());
    for (TypeElement aggregate : types.aggregates()) {
      AggregateValidator.Result checked = aggregateValidator.validate(aggregate);
      report.addAll(checked.report());
      checked.applier().ifPresent(aggregates::add);
      needNoHandler.addAll(checked.applied());
    }
    report.addAll(
        new CompilationValidator(elements, index, needNoHandler)
            .validate(eventTypes, handlerTypes));
    ValidationReport ids =
        idsFile()
            .filter(file -> !Option.IDS_UPDATE.isSetIn(options))
            .map(file -> file.check(CompilationIds.of(elements, index, eventTypes, handlerTypes)))
            .orElseGet(() -> ValidationReport.builder().build());
    return new Validation(report.build(), ids, names, index, shapes, upcasting, aggregates);
  }

  /**
   * Rewrites the ids file from the code when the option {@code herald.ids.update} asks for it, and
   * prints what changed.
   */
  void updateIdsFile(Validation validation, CompilationTypes types) {
    if (!Option.IDS_UPDATE.isSetIn(environment.getOptions())) {
      return;
    }
    String packageName = validation.names().map(HeraldNames::packageName).orElse("");
    idsFile()
        .flatMap(
            file ->
                file.update(
                    packageName,
                    CompilationIds.of(
                        environment.getElementUtils(),
                        validation.index(),
                        types.events(),
                        types.handlers())))
        .ifPresent(reporter::report);
  }

  private Optional<IdsFileStep> idsFile() {
    return Option.IDS
        .valueIn(environment.getOptions())
        .map(path -> new IdsFileStep(environment.getElementUtils(), Path.of(path)));
  }

  /**
   * Writes the sources of the compilation, leaving out every element validation rejected, so that
   * one mistake does not also break the code that uses the generated classes.
   *
   * @return whether every source was written; a failed write is reported here
   */
  boolean write(Validation validation, CompilationTypes types) {
    Optional<CompilationModel> described = model(validation, types);
    if (described.isEmpty()) {
      return false;
    }
    CompilationModel model = described.get();
    for (SourceWriter writer : writers) {
      try {
        writer.write(model, environment.getFiler());
      } catch (IOException | IllegalArgumentException e) {
        // IllegalArgumentException: a writer refusing a model it cannot write, which would be a
        // Herald bug; it must not crash the compiler.
        reporter.report(
            Finding.global(Diagnostic.WRITE_FAILED, writer.className(model), e.getMessage()));
        return false;
      }
    }
    ApplierWriter appliers = new ApplierWriter();
    for (AggregateModel aggregate : model.aggregates()) {
      try {
        appliers.write(aggregate, environment.getFiler());
      } catch (IOException | IllegalArgumentException e) {
        reporter.report(
            Finding.global(
                Diagnostic.WRITE_FAILED, aggregate.applier().canonicalName(), e.getMessage()));
        return false;
      }
    }
    IntegrationContractResource contract = new IntegrationContractResource();
    try {
      contract.write(model, environment.getFiler());
    } catch (IOException e) {
      reporter.report(
          Finding.global(Diagnostic.WRITE_FAILED, contract.path(model), e.getMessage()));
      return false;
    }
    return true;
  }

  /**
   * The model of what is valid in the compilation; empty when validation forbids writing anything.
   */
  Optional<CompilationModel> model(Validation validation, CompilationTypes types) {
    if (!validation.allowsWriting()) {
      return Optional.empty();
    }
    return Optional.of(
        new CompilationModelFactory(environment.getElementUtils())
            .create(
                validation.names().orElseThrow(),
                validation.index(),
                types.events(),
                types.handlers(),
                validation.report().rejectedElements(),
                validation.shapes().orElseThrow(),
                validation.upcasting().models(),
                types.upcasters(),
                validation.aggregates()));
  }

  private Optional<HeraldNames> chooseNames(
      List<TypeElement> all, Map<String, String> options, ValidationReport.Builder report) {
    Elements elements = environment.getElementUtils();
    List<String> packages =
        all.stream()
            .map(type -> elements.getPackageOf(type).getQualifiedName().toString())
            .toList();
    Optional<HeraldNames> names =
        HeraldNames.forCompilation(
            packages, Option.PACKAGE.valueIn(options), Option.NAME.valueIn(options));
    if (names.isEmpty() && Option.PACKAGE.problemIn(options).isEmpty()) {
      report.add(Finding.on(all.get(0), Diagnostic.NO_COMMON_PACKAGE));
    }
    names.ifPresent(chosen -> reportPackagesNamedLikeGeneratedClasses(chosen, report));
    return names.map(
        chosen -> chosen.withShadowedJavaLangNames(javaLangNamesShadowedIn(chosen.packageName())));
  }

  /**
   * The public {@code java.lang} types that a type of the package shadows. Each is looked up by
   * name: listing the package's members instead would make javac read every source file of it on
   * the source path.
   */
  private Set<String> javaLangNamesShadowedIn(String packageName) {
    // Looked up once per package: each name that is not there sends javac through the whole
    // class path, and validation runs in several rounds.
    return shadowedJavaLangNames.computeIfAbsent(packageName, this::lookUpJavaLangNamesShadowedIn);
  }

  private Set<String> lookUpJavaLangNamesShadowedIn(String packageName) {
    Elements elements = environment.getElementUtils();
    PackageElement javaLang = elements.getPackageOf(elements.getTypeElement("java.lang.Object"));
    // Only the compilation's own module can hold a type of its package: a name looked up in no
    // module in particular is looked for in every module of the JDK, 250 names times 70 modules.
    Function<String, TypeElement> lookUp =
        module == null ? elements::getTypeElement : name -> elements.getTypeElement(module, name);
    return ElementFilter.typesIn(javaLang.getEnclosedElements()).stream()
        .filter(type -> type.getModifiers().contains(Modifier.PUBLIC))
        .map(type -> type.getSimpleName().toString())
        .filter(name -> lookUp.apply(packageName + "." + name) != null)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Java allows no class of a package's name, so such a package leaves no room for Herald's. */
  private void reportPackagesNamedLikeGeneratedClasses(
      HeraldNames names, ValidationReport.Builder report) {
    Elements elements = environment.getElementUtils();
    for (ClassName generated :
        List.of(names.handlerTable(), names.heraldModule(), names.eventCodec())) {
      if (elements.getPackageElement(generated.canonicalName()) != null) {
        report.add(
            Finding.global(
                Diagnostic.GENERATED_CLASS_NAME_IS_A_PACKAGE, generated.canonicalName()));
      }
    }
  }
}
