package dev.herald.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dagger.internal.codegen.ComponentProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources compile without a single warning under {@code -Xlint:all -Werror}, so that
 * users who build that strictly can add Herald.
 *
 * <p>One lint category is not about sources: {@code processing} warns that no processor claimed the
 * annotations, and Herald, like Dagger, never claims any (other processors may want them). The
 * strict compilations therefore leave out that category, and a second test shows it is the only
 * warning {@code -Xlint:all} gives, and that it is not about a generated file.
 */
class LintTest {

  @ParameterizedTest
  @ValueSource(strings = {"orders", "pizzeria"})
  void generatedSourcesCompileUnderXlintAllAndWerror(String domain) {
    Compilation compilation =
        Sources.compile(
            Sources.sources(resources(domain)),
            List.of("-Xlint:all,-processing", "-Werror"),
            new ComponentProcessor());

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theOnlyXlintAllWarningIsThatNoProcessorClaimedTheAnnotations() {
    Compilation compilation =
        Sources.compile(
            Sources.sources(resources("orders")), List.of("-Xlint:all"), new ComponentProcessor());

    assertThat(compilation).succeeded();
    // javac repeats it once per round.
    Set<String> warnings = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      warnings.add(
          (warning.getSource() == null ? "" : warning.getSource().getName() + ": ")
              + warning.getMessage(Locale.ROOT).split(":")[0]);
    }
    assertEquals(Set.of("No processor claimed any of these annotations"), warnings);
  }

  private static List<String> resources(String domain) {
    List<String> resources = new ArrayList<>();
    if (domain.equals("orders")) {
      resources.addAll(Sources.ORDERS);
      resources.add("good/dagger/OrdersComponent.java");
    } else {
      resources.addAll(CatalogTest.PIZZERIA);
    }
    return resources;
  }
}
