package dev.herald.processor.catalog;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds which events each aggregate raises by reading method bodies with javac's Tree API: every
 * {@code raise(new X(...))} in a class that extends {@code dev.herald.runtime.AggregateRoot}.
 *
 * <p>The trees are only parsed, not attributed, during annotation processing, so {@code X} is
 * matched by name against the known event records (its own package and imports decide between
 * records sharing a simple name); attributing a class here would run ahead of other processors.
 * Only {@link Aggregates} creates it, so that a compiler without the Tree API never loads it.
 */
final class AggregateScanner {

  private static final String AGGREGATE_ROOT = "dev.herald.runtime.AggregateRoot";
  private static final String RAISE = "raise";

  private final Trees trees;

  private AggregateScanner(Trees trees) {
    this.trees = trees;
  }

  /** A scanner over the compiler's trees; fails when the compiler is not javac. */
  static AggregateScanner of(ProcessingEnvironment environment) {
    return new AggregateScanner(Trees.instance(environment));
  }

  /**
   * The events each aggregate among the given types (and the types nested in them) raises.
   *
   * @param types the compilation's top-level types
   * @param eventNames the canonical names of the known event records
   * @return aggregate canonical name to the canonical names of the events it raises, both sorted;
   *     aggregates that raise no known event are left out
   */
  Map<String, SortedSet<String>> raisedEvents(
      Collection<TypeElement> types, Collection<String> eventNames) {
    Map<String, SortedSet<String>> raised = new TreeMap<>();
    List<TypeElement> all = new ArrayList<>();
    types.forEach(type -> addWithNested(type, all));
    for (TypeElement type : all) {
      if (!isAggregate(type)) {
        continue;
      }
      TreePath path = trees.getPath(type);
      if (path == null) {
        continue; // compiled elsewhere: no source to read
      }
      SortedSet<String> events = new TreeSet<>();
      new RaiseCalls(path.getCompilationUnit(), eventNames, events).scan(path.getLeaf(), null);
      if (!events.isEmpty()) {
        raised.put(type.getQualifiedName().toString(), events);
      }
    }
    return raised;
  }

  private static void addWithNested(TypeElement type, List<TypeElement> all) {
    all.add(type);
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      addWithNested(nested, all);
    }
  }

  private static boolean isAggregate(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
      if (element.getQualifiedName().contentEquals(AGGREGATE_ROOT)) {
        return true;
      }
      superclass = element.getSuperclass();
    }
    return false;
  }

  /** Collects the event of every {@code raise(new X(...))} in one class body. */
  private static final class RaiseCalls extends TreeScanner<Void, Void> {

    private final CompilationUnitTree unit;
    private final Collection<String> eventNames;
    private final SortedSet<String> found;
    private boolean inClassBody;

    RaiseCalls(CompilationUnitTree unit, Collection<String> eventNames, SortedSet<String> found) {
      this.unit = unit;
      this.eventNames = eventNames;
      this.found = found;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      // Named nested classes are scanned as types of their own; anonymous ones belong to this one.
      if (inClassBody && tree.getSimpleName().length() > 0) {
        return null;
      }
      inClassBody = true;
      return super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      if (isRaise(tree.getMethodSelect()) && tree.getArguments().size() == 1) {
        ExpressionTree argument = tree.getArguments().get(0);
        if (argument instanceof NewClassTree created) {
          resolve(typeName(created.getIdentifier())).ifPresent(found::add);
        }
      }
      return super.visitMethodInvocation(tree, unused);
    }

    private static boolean isRaise(ExpressionTree select) {
      if (select instanceof IdentifierTree identifier) {
        return identifier.getName().contentEquals(RAISE);
      }
      return select instanceof MemberSelectTree member
          && member.getIdentifier().contentEquals(RAISE);
    }

    private static String typeName(Object identifier) {
      if (identifier instanceof ParameterizedTypeTree parameterized) {
        return parameterized.getType().toString();
      }
      return identifier.toString();
    }

    /** The known event a name written in this file means, if exactly one fits. */
    private Optional<String> resolve(String written) {
      List<String> candidates =
          eventNames.stream()
              .filter(name -> name.equals(written) || name.endsWith("." + written))
              .sorted()
              .toList();
      if (candidates.size() <= 1) {
        return candidates.stream().findFirst();
      }
      String samePackage =
          unit.getPackageName() == null ? written : unit.getPackageName() + "." + written;
      if (candidates.contains(samePackage)) {
        return Optional.of(samePackage);
      }
      for (ImportTree imported : unit.getImports()) {
        String name = imported.getQualifiedIdentifier().toString();
        for (String candidate : candidates) {
          boolean onDemand =
              name.endsWith(".*")
                  && candidate.equals(name.substring(0, name.length() - 1) + written);
          if (candidate.equals(name) || onDemand) {
            return Optional.of(candidate);
          }
        }
      }
      return Optional.empty();
    }
  }
}
