package dev.herald.processor.writing;

import dev.herald.processor.catalog.IntegrationContractDocument;
import dev.herald.processor.model.CompilationModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/herald/<package>/integration-events.json} into the class output: the
 * machine-readable list of the service's integration event types, versions and payload schemas
 * ({@link IntegrationContractDocument}), for consumers and contract checks that never read Java
 * sources.
 */
public final class IntegrationContractResource {

  /** The file's name in the compilation's resource directory. */
  public static final String FILE_NAME = "integration-events.json";

  /** The resource's path in the class output. */
  public String path(CompilationModel model) {
    return model.names().resource(FILE_NAME);
  }

  /** Writes the contract, an empty list when the compilation has no integration event. */
  public void write(CompilationModel model, Filer filer) throws IOException {
    String contract = IntegrationContractDocument.json(model);
    FileObject resource =
        filer.createResource(
            StandardLocation.CLASS_OUTPUT,
            "",
            path(model),
            model.originatingElements().toArray(new Element[0]));
    try (OutputStream out = resource.openOutputStream()) {
      out.write(contract.getBytes(StandardCharsets.UTF_8));
    }
  }
}
