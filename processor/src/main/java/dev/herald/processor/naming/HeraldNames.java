package dev.herald.processor.naming;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Decides every name Herald generates, so that a reader can guess them from their own code.
 *
 * <p>The rule: the sources go to package {@code P}, the longest package that contains every event
 * record and handler class of the compilation (processor option {@code herald.package} overrides
 * it); their names start with {@code Prefix}, the last segment of {@code P} in UpperCamel case
 * (option {@code herald.name} overrides it). For {@code com.mariopizzeria.orders} that gives {@code
 * com.mariopizzeria.orders.OrdersHandlerTable}, {@code OrdersHeraldModule} and {@code
 * OrdersEventCodec}; resources such as the event catalog go to {@code META-INF/herald/P/} in the
 * class output.
 *
 * <p>Members of generated classes are named here too: a handler field after its class ({@code
 * kitchen}); the table's constants have fixed names, which no user's name can take, as only handler
 * fields are named after the user's classes and they are lower camel case.
 *
 * <p>An event-sourced aggregate's applier is named after the aggregate, in its package: {@code
 * LoyaltyAccountApplier} for {@code LoyaltyAccount}.
 */
public final class HeraldNames {

  /**
   * The value of every {@code @Generated} annotation Herald writes: the processor's class name,
   * without a date, so that two builds produce the same bytes.
   */
  public static final String GENERATOR = "dev.herald.processor.HeraldProcessor";

  /** The generated table's list of every route. */
  public static final String ROUTES = "ROUTES";

  /** The generated table's array of every event record it knows. */
  public static final String EVENT_TYPES = "EVENT_TYPES";

  /** The generated table's array of each known event's route indexes. */
  public static final String ROUTES_BY_EVENT = "ROUTES_BY_EVENT";

  private static final String TABLE_SUFFIX = "HandlerTable";
  private static final String MODULE_SUFFIX = "HeraldModule";
  private static final String CODEC_SUFFIX = "EventCodec";
  private static final String APPLIER_SUFFIX = "Applier";
  private static final String RESOURCE_DIRECTORY = "META-INF/herald/";

  /**
   * The fixed names of parameters and local variables in generated methods (and a margin of likely
   * ones), which a name derived from a user's class must never take: a handler field {@code route}
   * would be shadowed by the {@code int route} parameter of {@code invoke}. The rule for writers: a
   * fixed lower-case name in generated code is one of these.
   */
  public static final Set<String> FIXED_LOCAL_NAMES =
      Set.of(
          "codec",
          "context",
          "count",
          "e",
          "event",
          "eventType",
          "failure",
          "handler",
          "index",
          "json",
          "object",
          "part",
          "provider",
          "providers",
          "route",
          "routeIndex",
          "routes",
          "table",
          "typeName",
          "value");

  /**
   * Identifiers that are legal names only in some places ({@code yield} cannot start a statement
   * that calls a method on it), so a name derived from a user's class avoids them too.
   */
  private static final Set<String> RESTRICTED_IDENTIFIERS =
      Set.of("permits", "record", "sealed", "var", "when", "yield");

  private final String packageName;
  private final String prefix;
  private final Set<String> shadowedJavaLangNames;

  public HeraldNames(String packageName, String prefix) {
    this(packageName, prefix, Set.of());
  }

  private HeraldNames(String packageName, String prefix, Set<String> shadowedJavaLangNames) {
    this.packageName = Objects.requireNonNull(packageName, "packageName");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.shadowedJavaLangNames = Set.copyOf(shadowedJavaLangNames);
  }

  /** These names, knowing which {@code java.lang} types a type of the generated package shadows. */
  public HeraldNames withShadowedJavaLangNames(Collection<String> simpleNames) {
    return new HeraldNames(packageName, prefix, new HashSet<>(simpleNames));
  }

  /**
   * The simple names of {@code java.lang} types that a type of the generated package shadows (a
   * user's class {@code String} takes the place of {@code java.lang.String} there, which is not
   * imported): generated code spells those {@code java.lang} types out in full. Other types are
   * safe, as an import shadows the package's own.
   */
  public Set<String> shadowedJavaLangNames() {
    return shadowedJavaLangNames;
  }

  /**
   * The names for a compilation whose events and handlers live in the given packages, with the
   * processor options applied; empty when the packages share no common package and no option names
   * one.
   */
  public static Optional<HeraldNames> forCompilation(
      Collection<String> packageNames,
      Optional<String> packageOption,
      Optional<String> nameOption) {
    Optional<String> packageName = packageOption.or(() -> commonPackage(packageNames));
    return packageName.map(
        name -> new HeraldNames(name, nameOption.orElseGet(() -> prefixOf(name))));
  }

  /**
   * The longest package that contains every given package ({@code com.a} for {@code com.a.b} and
   * {@code com.a.c}); empty when they share not even a first segment.
   */
  public static Optional<String> commonPackage(Collection<String> packageNames) {
    List<String> common = null;
    for (String packageName : packageNames) {
      List<String> segments = packageName.isEmpty() ? List.of() : List.of(packageName.split("\\."));
      if (common == null) {
        common = segments;
      } else {
        int shared = 0;
        while (shared < common.size()
            && shared < segments.size()
            && common.get(shared).equals(segments.get(shared))) {
          shared++;
        }
        common = common.subList(0, shared);
      }
    }
    return common == null || common.isEmpty()
        ? Optional.empty()
        : Optional.of(String.join(".", common));
  }

  /**
   * The prefix for a package: its last segment in UpperCamel case ({@code orders} gives {@code
   * Orders}).
   */
  public static String prefixOf(String packageName) {
    String lastSegment = packageName.substring(packageName.lastIndexOf('.') + 1);
    StringBuilder prefix = new StringBuilder();
    for (String word : lastSegment.split("_")) {
      if (!word.isEmpty()) {
        prefix.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return prefix.toString();
  }

  /**
   * The id of a route, {@code <handler binary name>#<method>(<event simple name>)}; durable stores
   * key deliveries by it, so it must not change between builds.
   */
  public static String routeId(
      String handlerBinaryName, String methodName, String eventSimpleName) {
    return handlerBinaryName + "#" + methodName + "(" + eventSimpleName + ")";
  }

  /**
   * The CloudEvents {@code type} attribute of an integration event, {@code type + ".v" + version}:
   * the name its codec stores it under. The runtime's {@code IntegrationEventType.cloudEventType}
   * spells the same rule for publishers and consumers.
   */
  public static String cloudEventType(String type, int version) {
    return type + ".v" + version;
  }

  /**
   * The name a domain event of the given version is stored under: the event's name for version 1
   * (and for events stored before versions existed), {@code name + ".v" + version} from version 2.
   */
  public static String storedDomainEventName(String name, int version) {
    return version == 1 ? name : name + ".v" + version;
  }

  /**
   * {@code <package of the aggregate>.<Aggregate>Applier}, with the names of enclosing classes
   * joined by {@code _} for a nested aggregate ({@code Outer_AccountApplier}): the applier an
   * event-sourced aggregate passes to its superclass. It lives beside the aggregate so that it can
   * call package-private apply methods.
   */
  public static ClassName applier(ClassName aggregate) {
    return ClassName.get(
        aggregate.packageName(), String.join("_", aggregate.simpleNames()) + APPLIER_SUFFIX);
  }

  /** The package every generated source of this compilation goes to. */
  public String packageName() {
    return packageName;
  }

  /** The prefix of every generated class name of this compilation. */
  public String prefix() {
    return prefix;
  }

  /** {@code P.<Prefix>HandlerTable}: the dispatch table. */
  public ClassName handlerTable() {
    return ClassName.get(packageName, prefix + TABLE_SUFFIX);
  }

  /** {@code P.<Prefix>HeraldModule}: the Dagger module that contributes the table. */
  public ClassName heraldModule() {
    return ClassName.get(packageName, prefix + MODULE_SUFFIX);
  }

  /** {@code P.<Prefix>EventCodec}: the JSON codec of the compilation's event records. */
  public ClassName eventCodec() {
    return ClassName.get(packageName, prefix + CODEC_SUFFIX);
  }

  /**
   * {@code META-INF/herald/P/<fileName>}: where a resource of this compilation goes in the class
   * output (and so in the jar), such as {@code catalog.json} or {@code integration-events.json}.
   */
  public String resource(String fileName) {
    return RESOURCE_DIRECTORY + packageName + "/" + fileName;
  }

  /**
   * Field names for the handler classes, in the given order: the class's simple names in lowerCamel
   * case ({@code kitchen}, {@code outerInner} for {@code Outer.Inner}), followed by {@code Handler}
   * where that would be a Java keyword or a {@linkplain #FIXED_LOCAL_NAMES fixed name} ({@code
   * routeHandler} for a class {@code Route}), and numbered when two classes share a simple name.
   */
  public List<String> handlerFields(List<ClassName> handlerClasses) {
    List<String> bases = new ArrayList<>();
    for (ClassName handler : handlerClasses) {
      String base = lowerCamel(String.join("", handler.simpleNames()));
      boolean taken =
          FIXED_LOCAL_NAMES.contains(base)
              || RESTRICTED_IDENTIFIERS.contains(base)
              || SourceVersion.isKeyword(base);
      bases.add(taken ? base + "Handler" : base);
    }
    return unique(bases);
  }

  /** Keeps the first use of each base name and numbers later ones from 2, skipping taken names. */
  private static List<String> unique(List<String> bases) {
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String base : bases) {
      String name = base;
      for (int number = 2; used.contains(name); number++) {
        name = base + number;
      }
      used.add(name);
      names.add(name);
    }
    return names;
  }

  private static String lowerCamel(String upperCamel) {
    int upperRun = 0;
    while (upperRun < upperCamel.length() && Character.isUpperCase(upperCamel.charAt(upperRun))) {
      upperRun++;
    }
    // "HTTPClient" -> "httpClient": lower the run of capitals except the one starting the next
    // word.
    int lowered = upperRun > 1 && upperRun < upperCamel.length() ? upperRun - 1 : upperRun;
    return upperCamel.substring(0, lowered).toLowerCase(Locale.ROOT)
        + upperCamel.substring(lowered);
  }
}
