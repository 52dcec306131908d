package dev.herald.processor.writing;

import com.palantir.javapoet.ClassName;

/** The runtime, Dagger and injection types generated code refers to, named without loading them. */
final class RuntimeTypes {

  static final ClassName HANDLER_TABLE =
      ClassName.get("dev.herald.runtime.generated", "HandlerTable");
  static final ClassName HANDLER_ROUTE =
      ClassName.get("dev.herald.runtime.generated", "HandlerRoute");
  static final ClassName HANDLER_INSTANCE =
      ClassName.get("dev.herald.runtime.generated", "HandlerInstance");
  static final ClassName EVENT_CODEC = ClassName.get("dev.herald.runtime.generated", "EventCodec");
  static final ClassName AGGREGATE_APPLIER =
      ClassName.get("dev.herald.runtime.generated", "AggregateApplier");
  static final ClassName EVENT_CONTEXT = ClassName.get("dev.herald.runtime", "EventContext");
  static final ClassName PHASE = ClassName.get("dev.herald", "Phase");
  static final ClassName DAGGER_MODULE = ClassName.get("dagger", "Module");
  static final ClassName DAGGER_PROVIDES = ClassName.get("dagger", "Provides");
  static final ClassName DAGGER_INTO_SET = ClassName.get("dagger.multibindings", "IntoSet");
  static final ClassName PROVIDER = ClassName.get("jakarta.inject", "Provider");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}
