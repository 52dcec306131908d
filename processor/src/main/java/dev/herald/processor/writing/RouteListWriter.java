package dev.herald.processor.writing;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.herald.processor.model.CompilationModel;
import dev.herald.processor.model.RouteModel;
import dev.herald.processor.naming.HeraldNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the generated table's route list as data: a row of literals per route (event, handler,
 * method, id, phase, takes context) and one shared loop that turns rows into {@code HandlerRoute}s,
 * because javac, which compiles the table in every build, checks a literal much faster than a
 * constructor call.
 */
final class RouteListWriter {

  private static final TypeName ROUTE_LIST =
      ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.HANDLER_ROUTE);

  /** The most routes one method of the route list builds: a method is limited to 64 KB. */
  private static final int ROUTES_PER_METHOD = 100;

  private static final String ADD_ROUTES = "addRoutes";

  /** The literals of one route in the route list's rows. */
  private static final int ROUTE_COLUMNS = 6;

  private RouteListWriter() {}

  /**
   * The route list, built from rows of literals by one shared loop: javac checks a literal much
   * faster than a constructor call. Past {@link #ROUTES_PER_METHOD} routes the rows are split into
   * one method per part, as the static initializer, like any method, may not exceed 64 KB.
   */
  static List<MethodSpec> addRouteList(TypeSpec.Builder type, CompilationModel model) {
    List<RouteModel> all = model.routes();
    List<MethodSpec> parts = new ArrayList<>();
    MethodSpec.Builder routeList =
        MethodSpec.methodBuilder("routeList")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ROUTE_LIST)
            .addStatement(
                "$T routes = new $T[$L]",
                ArrayTypeName.of(RuntimeTypes.HANDLER_ROUTE),
                RuntimeTypes.HANDLER_ROUTE,
                all.size());
    if (all.size() <= ROUTES_PER_METHOD) {
      if (!all.isEmpty()) {
        routeList.addStatement(addRoutes(all, 0));
      }
    } else {
      for (int from = 0, part = 0; from < all.size(); from += ROUTES_PER_METHOD, part++) {
        List<RouteModel> slice = all.subList(from, Math.min(all.size(), from + ROUTES_PER_METHOD));
        String name = ADD_ROUTES + part;
        routeList.addStatement("$N(routes)", name);
        parts.add(
            MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(ArrayTypeName.of(RuntimeTypes.HANDLER_ROUTE), "routes")
                .addStatement(addRoutes(slice, from))
                .build());
      }
    }
    parts.add(0, routeList.addStatement("return $T.of(routes)", List.class).build());
    parts.add(addRoutesMethod());
    type.addField(
        FieldSpec.builder(
                ROUTE_LIST, HeraldNames.ROUTES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Every route in index order: by handler class name, then declaration order.\n")
            .initializer("routeList()")
            .build());
    return parts;
  }

  /** The routes from {@code from} on as rows: event, handler, method, id, phase, takes context. */
  private static CodeBlock addRoutes(List<RouteModel> routes, int from) {
    CodeBlock.Builder call =
        CodeBlock.builder().add("$N(routes, $L, new $T[] {\n$>", ADD_ROUTES, from, Object.class);
    for (int i = 0; i < routes.size(); i++) {
      RouteModel route = routes.get(i);
      call.add(
          "$T.class, $T.class, $S, $S, $T.$L, $L",
          route.eventType(),
          route.handler(),
          route.methodName(),
          route.id(),
          RuntimeTypes.PHASE,
          route.phase().name(),
          route.takesContext());
      call.add(i < routes.size() - 1 ? ",\n" : "$<");
    }
    return call.add("})").build();
  }

  /** The one loop that turns rows of {@link #ROUTE_COLUMNS} literals into routes. */
  private static MethodSpec addRoutesMethod() {
    return MethodSpec.methodBuilder(ADD_ROUTES)
        .addJavadoc(
            "Puts a route per row of $L into {@code routes} from {@code from} on: event, handler,"
                + " method,\nid, phase, and whether the method takes the context.\n",
            ROUTE_COLUMNS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(ArrayTypeName.of(RuntimeTypes.HANDLER_ROUTE), "routes")
        .addParameter(TypeName.INT, "from")
        .addParameter(ArrayTypeName.of(Object.class), "rows")
        .beginControlFlow("for (int row = 0; row < rows.length; row += $L)", ROUTE_COLUMNS)
        .addStatement(
            // $T also for java.lang types: a type of the generated package may shadow them.
            "routes[from + row / $L] =$Wnew $T($Z($T) rows[row + 3],$W($T) rows[row],$W"
                + "($T) rows[row + 1],$W($T) rows[row + 2],$W($T) rows[row + 4],$W"
                + "($T) rows[row + 5])",
            ROUTE_COLUMNS,
            RuntimeTypes.HANDLER_ROUTE,
            String.class,
            EventLookupWriter.CLASS_OF_ANY,
            EventLookupWriter.CLASS_OF_ANY,
            String.class,
            RuntimeTypes.PHASE,
            Boolean.class)
        .endControlFlow()
        .build();
  }
}
