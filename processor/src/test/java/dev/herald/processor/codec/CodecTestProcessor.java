package dev.herald.processor.codec;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Stands in for the Herald processor's coordinator in tests: collects the event records, checks
 * them with {@link JsonCompatibility}, and writes the codec and the contract the way the
 * coordinator will.
 */
final class CodecTestProcessor extends AbstractProcessor {

  static final ClassName CODEC = ClassName.get("shop", "ShopEventCodec");
  static final String CONTRACT = "META-INF/herald/integration-events.json";

  private final List<CodecEvent> events = new ArrayList<>();
  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("dev.herald.DomainEvent", "dev.herald.IntegrationEvent");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        events.add(event((TypeElement) element));
      }
    }
    // Written in the round that found the events (all come in the first in these tests), so javac
    // still compiles the codec; the real coordinator decides its own round.
    if (events.isEmpty() || written) {
      return false;
    }
    written = true;
    List<CodecProblem> problems =
        new JsonCompatibility(CODEC.packageName())
            .problems(events.stream().map(CodecEvent::record).toList());
    for (CodecProblem problem : problems) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
    }
    if (problems.isEmpty()) {
      try {
        new EventCodecWriter().write(CODEC, events).writeTo(processingEnv.getFiler());
        FileObject contract =
            processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", CONTRACT);
        try (Writer writer = contract.openWriter()) {
          writer.write(new IntegrationContractWriter().write(events));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }

  private static CodecEvent event(TypeElement record) {
    for (AnnotationMirror mirror : record.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals("dev.herald.IntegrationEvent")) {
        String type = null;
        String source = null;
        int version = 1;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value :
            mirror.getElementValues().entrySet()) {
          switch (value.getKey().getSimpleName().toString()) {
            case "type" -> type = (String) value.getValue().getValue();
            case "source" -> source = (String) value.getValue().getValue();
            case "version" -> version = (Integer) value.getValue().getValue();
            default -> {}
          }
        }
        return CodecEvent.integration(record, type, version, source);
      }
    }
    return CodecEvent.domain(record);
  }
}
