package dev.herald.processor.reading;

import dev.herald.Applies;
import dev.herald.DomainEvent;
import dev.herald.Handles;
import dev.herald.IntegrationEvent;
import dev.herald.Upcasts;

/**
 * Qualified names of the types the processor recognises in the user's code. The runtime types are
 * named by string because the processor must not pull the runtime onto the processor path.
 */
public final class HeraldTypes {

  public static final String DOMAIN_EVENT = DomainEvent.class.getCanonicalName();
  public static final String INTEGRATION_EVENT = IntegrationEvent.class.getCanonicalName();
  public static final String HANDLES = Handles.class.getCanonicalName();
  public static final String APPLIES = Applies.class.getCanonicalName();
  public static final String UPCASTS = Upcasts.class.getCanonicalName();
  public static final String EVENT_SOURCED_AGGREGATE = "dev.herald.runtime.EventSourcedAggregate";
  public static final String EVENT_CONTEXT = "dev.herald.runtime.EventContext";
  public static final String COMPLETION_STAGE = "java.util.concurrent.CompletionStage";
  public static final String JAKARTA_INJECT = "jakarta.inject.Inject";
  public static final String JAVAX_INJECT = "javax.inject.Inject";

  private HeraldTypes() {}
}
