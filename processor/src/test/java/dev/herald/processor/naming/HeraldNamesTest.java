package dev.herald.processor.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeraldNamesTest {

  @Test
  void thePackageIsTheLongestCommonOne() {
    assertEquals(
        Optional.of("com.mariopizzeria"),
        HeraldNames.commonPackage(
            List.of("com.mariopizzeria.orders", "com.mariopizzeria.kitchen", "com.mariopizzeria")));
    assertEquals(Optional.of("com.a"), HeraldNames.commonPackage(List.of("com.a.b", "com.a.bc")));
    assertEquals(Optional.empty(), HeraldNames.commonPackage(List.of("alpha", "beta")));
  }

  @Test
  void thePrefixIsTheLastSegmentInUpperCamelCase() {
    assertEquals("Orders", HeraldNames.prefixOf("com.mariopizzeria.orders"));
    assertEquals("MarioPizzeria", HeraldNames.prefixOf("com.mario_pizzeria"));
  }

  @Test
  void optionsOverrideThePackageAndThePrefix() {
    HeraldNames names =
        HeraldNames.forCompilation(
                List.of("com.mariopizzeria.orders"), Optional.empty(), Optional.of("Pizzeria"))
            .orElseThrow();
    assertEquals(
        ClassName.get("com.mariopizzeria.orders", "PizzeriaHandlerTable"), names.handlerTable());
    assertEquals(
        ClassName.get("com.mariopizzeria.orders", "PizzeriaHeraldModule"), names.heraldModule());
    assertEquals(
        ClassName.get("com.mariopizzeria.orders", "PizzeriaEventCodec"), names.eventCodec());

    HeraldNames moved =
        HeraldNames.forCompilation(
                List.of("alpha", "beta"), Optional.of("gamma.delta"), Optional.empty())
            .orElseThrow();
    assertEquals(ClassName.get("gamma.delta", "DeltaHandlerTable"), moved.handlerTable());
  }

  @Test
  void routeIdsNameTheHandlerMethodAndEvent() {
    assertEquals(
        "com.a.Outer$Kitchen#bake(OrderPlaced)",
        HeraldNames.routeId("com.a.Outer$Kitchen", "bake", "OrderPlaced"));
  }

  @Test
  void memberNamesAreReadableAndUnique() {
    HeraldNames names = new HeraldNames("com.a", "A");
    ClassName kitchen = ClassName.get("com.a", "Kitchen");
    ClassName otherKitchen = ClassName.get("com.b", "Kitchen");
    assertEquals(
        List.of("kitchen", "kitchen2", "httpClient", "eventHandler"),
        names.handlerFields(
            List.of(
                kitchen,
                otherKitchen,
                ClassName.get("com.a", "HTTPClient"),
                ClassName.get("com.a", "Event"))));
  }

  @Test
  void handlerFieldsNeverTakeAKeywordOrAFixedNameOfGeneratedCode() {
    HeraldNames names = new HeraldNames("com.a", "A");
    List<ClassName> handlers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String fixed : HeraldNames.FIXED_LOCAL_NAMES) {
      handlers.add(
          ClassName.get("com.a", Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1)));
      expected.add(fixed + "Handler");
    }
    for (String keyword : List.of("Default", "Class", "New", "True", "Null", "Yield", "Record")) {
      handlers.add(ClassName.get("com.a", keyword));
      expected.add(keyword.toLowerCase(Locale.ROOT) + "Handler");
    }
    handlers.add(ClassName.get("com.a", "RouteHandler"));
    expected.add("routeHandler2");

    assertEquals(expected, names.handlerFields(handlers));
  }
}
