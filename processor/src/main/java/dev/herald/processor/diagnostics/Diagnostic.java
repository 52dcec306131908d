package dev.herald.processor.diagnostics;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the Herald processor can print, each with a stable id that users can search for,
 * its kind, and a hint how to fix it; tests refer to these constants rather than to copied text.
 *
 * <p>Ids are grouped by what they are about: {@code HERALD-0xx} the processor and its options,
 * {@code HERALD-1xx} handlers, {@code HERALD-2xx} events, {@code HERALD-3xx} warnings about event
 * and handler design, {@code HERALD-400} to {@code HERALD-449} event-sourced aggregates and their
 * apply methods, {@code HERALD-450} to {@code HERALD-499} event versions and upcasters; {@code
 * HERALD-220} to {@code HERALD-259} are the JSON codec's rules about record components. An id is
 * never reused for another rule, so build logs and documentation stay valid: HERALD-209 and
 * HERALD-211 (an event the codec could not write, with the reason spliced in) are retired, replaced
 * by one rule per reason from HERALD-220 on.
 */
public enum Diagnostic {
  INVALID_PACKAGE_OPTION(
      "HERALD-001",
      Kind.ERROR,
      "Processor option herald.package is '%s', which is not a Java package name.",
      "Pass a dotted lower-case name, e.g. -Aherald.package=com.mariopizzeria.orders."),
  INVALID_NAME_OPTION(
      "HERALD-002",
      Kind.ERROR,
      "Processor option herald.name is '%s', which cannot start a Java class name.",
      "Pass an UpperCamel word, e.g. -Aherald.name=Orders."),
  NO_COMMON_PACKAGE(
      "HERALD-003",
      Kind.ERROR,
      "The events and handlers of this compilation share no package, so Herald cannot choose where"
          + " to generate its sources.",
      "Set the processor option herald.package, e.g. -Aherald.package=com.mariopizzeria."),
  UNRESOLVED_TYPE(
      "HERALD-004",
      Kind.ERROR,
      "%s refers to a type that could not be resolved, so Herald left it out.",
      "Check the import, or the processor that should have generated that type."),
  LATE_ELEMENT(
      "HERALD-005",
      Kind.ERROR,
      "%s appeared in annotation processing round %d, after Herald had written its sources for"
          + " this compilation, so it is not in them.",
      "Declare it in a source file, or in another Maven module."),
  WRITE_FAILED(
      "HERALD-006",
      Kind.ERROR,
      "Herald could not write %s (%s).",
      "Check that no other processor or source file declares a class of that name."),
  INVALID_CATALOG_OPTION(
      "HERALD-007",
      Kind.ERROR,
      "Processor option herald.catalog is '%s', but it is either true or false.",
      "Pass -Aherald.catalog=false to skip the event catalog, or leave the option out."),
  INVALID_DAGGER_OPTION(
      "HERALD-008",
      Kind.ERROR,
      "Processor option herald.dagger is '%s', but it is auto, true or false.",
      "Leave it out (auto: the Dagger module is generated when dagger.Module is on the class"
          + " path), or pass -Aherald.dagger=false to build the handler table without Dagger."),
  DAGGER_NOT_ON_CLASS_PATH(
      "HERALD-009",
      Kind.ERROR,
      "Processor option herald.dagger is true, but dagger.Module is not on the class path of this"
          + " compilation, so the generated %s could not compile.",
      "Add the dependency com.google.dagger:dagger, or leave the option out (auto) to build the"
          + " handler table without Dagger."),
  INVALID_IDS_OPTION(
      "HERALD-010",
      Kind.ERROR,
      "Processor option herald.ids is '%s', which is not an absolute file path.",
      "Pass an absolute path, e.g. -Aherald.ids=${project.basedir}/src/main/herald/ids.txt in"
          + " Maven: the compiler's working directory depends on where the build was started."),
  INVALID_IDS_UPDATE_OPTION(
      "HERALD-011",
      Kind.ERROR,
      "Processor option herald.ids.update is '%s', but it is either true or false.",
      "Pass -Aherald.ids.update=true to rewrite the ids file on purpose, or leave the option out."),
  IDS_UPDATE_WITHOUT_FILE(
      "HERALD-012",
      Kind.ERROR,
      "Processor option herald.ids.update is true, but herald.ids names no file to update.",
      "Also pass -Aherald.ids=<absolute path of the ids file>, e.g."
          + " -Aherald.ids=${project.basedir}/src/main/herald/ids.txt."),
  IDS_FILE_MISSING(
      "HERALD-013",
      Kind.ERROR,
      "The ids file %s (processor option herald.ids) does not exist, so Herald cannot check the"
          + " route ids and stored event names of this compilation against it.",
      "Create it on purpose: build once with -Aherald.ids.update=true, then commit the file."),
  IDS_FILE_UNREADABLE(
      "HERALD-014",
      Kind.ERROR,
      "Herald could not read the ids file %s (%s).",
      "Check the path of processor option herald.ids and the file's permissions."),
  IDS_FILE_MALFORMED(
      "HERALD-015",
      Kind.ERROR,
      "Line %d of the ids file %s is '%s', but each line is 'route <id>', 'event <name>', a"
          + " comment starting with # or empty.",
      "Correct the line, or rewrite the file from the code with -Aherald.ids.update=true."),
  IDS_FILE_NOT_WRITTEN(
      "HERALD-016",
      Kind.ERROR,
      "Herald could not write the ids file %s (%s).",
      "Check that its directory can be created and written."),
  IDS_FILE_UPDATED(
      "HERALD-017",
      Kind.NOTE,
      "Herald wrote %d route ids and %d stored event names to %s (%s).",
      "Review the change and commit the file; builds without -Aherald.ids.update check against"
          + " it."),
  GENERATED_CLASS_NAME_IS_A_PACKAGE(
      "HERALD-018",
      Kind.ERROR,
      "Herald would generate the class %s, but a package of that name exists, and Java does not"
          + " allow a class and a package of the same name.",
      "Rename the package, or choose another prefix for the generated classes with the processor"
          + " option herald.name, e.g. -Aherald.name=Orders."),

  HANDLER_METHOD_PRIVATE(
      "HERALD-101",
      Kind.ERROR,
      "@Handles method %s is private, but the generated table calls it directly.",
      "Make it public (package-private is enough in the generated table's package)."),
  HANDLER_METHOD_STATIC(
      "HERALD-102",
      Kind.ERROR,
      "@Handles method %s is static; a handler is an instance method of a class Dagger creates.",
      "Remove 'static'."),
  HANDLER_METHOD_ABSTRACT(
      "HERALD-103",
      Kind.ERROR,
      "@Handles method %s is abstract, so the table has no body to call.",
      "Annotate the implementing method of a concrete class instead."),
  HANDLER_WITHOUT_PARAMETER(
      "HERALD-104",
      Kind.ERROR,
      "@Handles method %s has no parameter; its first parameter names the event it handles.",
      "Add the event as first parameter, e.g. (OrderPlaced event)."),
  NOT_AN_EVENT_TYPE(
      "HERALD-105",
      Kind.ERROR,
      "The first parameter of @Handles method %s is a %s, which is not an event type: neither a"
          + " record annotated @DomainEvent or @IntegrationEvent, nor an interface that such a"
          + " record of this compilation implements.",
      "Annotate the record, or take an event type."),
  UNSUPPORTED_SECOND_PARAMETER(
      "HERALD-106",
      Kind.ERROR,
      "The second parameter of @Handles method %s is a %s; only dev.herald.runtime.EventContext is"
          + " supported there.",
      "Remove it, or take an EventContext."),
  TOO_MANY_PARAMETERS(
      "HERALD-107",
      Kind.ERROR,
      "@Handles method %s takes %d parameters; a handler takes the event and, optionally, an"
          + " EventContext.",
      "Inject anything else into the handler's constructor."),
  UNSUPPORTED_RETURN_TYPE(
      "HERALD-108",
      Kind.ERROR,
      "@Handles method %s returns %s; a handler returns void, or a CompletionStage when it"
          + " completes later.",
      "Change the return type."),
  DUPLICATE_HANDLER(
      "HERALD-109",
      Kind.ERROR,
      "@Handles method %s handles %s in phase %s, like %s in the same class.",
      "Merge the two methods, or move one to the other phase."),
  HANDLER_METHOD_NOT_VISIBLE(
      "HERALD-110",
      Kind.ERROR,
      "@Handles method %s is not public, but the generated table lives in package %s and calls it"
          + " from there.",
      "Make the method public, or set the processor option herald.package."),
  ROUTE_ID_CLASH(
      "HERALD-111",
      Kind.ERROR,
      "@Handles method %s would have the same route id as %s (%s); durable deliveries are keyed by"
          + " it.",
      "Rename one of the two methods."),
  EVENT_TYPE_NOT_VISIBLE(
      "HERALD-112",
      Kind.ERROR,
      "The event type %s of @Handles method %s is not public, but the generated table lives in"
          + " package %s and names it there.",
      "Make the interface public."),
  HANDLER_CLASS_PRIVATE(
      "HERALD-120",
      Kind.ERROR,
      "Handler class %s is private (or nested in a private class), so generated code cannot name"
          + " it.",
      "Make it public (package-private is enough in the generated table's package)."),
  HANDLER_CLASS_INNER(
      "HERALD-121",
      Kind.ERROR,
      "Handler class %s is an inner class, which needs an enclosing instance that neither Dagger"
          + " nor the table has.",
      "Make it a static nested or top-level class."),
  HANDLER_CLASS_ABSTRACT(
      "HERALD-122",
      Kind.ERROR,
      "Handler class %s is abstract, so neither Dagger nor the table can create it.",
      "Make it concrete, or annotate the methods of a concrete subclass."),
  HANDLER_NOT_CONSTRUCTIBLE(
      "HERALD-123",
      Kind.ERROR,
      "Handler class %s has neither an @Inject constructor nor a no-argument constructor, so Dagger"
          + " cannot build it.",
      "Annotate its constructor with @jakarta.inject.Inject."),
  HANDLER_CLASS_NOT_VISIBLE(
      "HERALD-124",
      Kind.ERROR,
      "Handler class %s is not public, but the generated table lives in package %s and names it"
          + " there.",
      "Make the class public, or set the processor option herald.package."),
  GENERIC_HANDLER_CLASS(
      "HERALD-125",
      Kind.ERROR,
      "Handler class %s declares type parameters, which the generated table could not choose.",
      "Handle events in a non-generic class."),
  HANDLER_NOT_IN_A_CLASS(
      "HERALD-126",
      Kind.ERROR,
      "@Handles methods are declared in %s, which is %s; handlers are methods of a class.",
      "Move the methods into a class."),
  TOO_MANY_HANDLER_CLASSES(
      "HERALD-127",
      Kind.ERROR,
      "This compilation has %d handler classes; its generated HandlerTable takes one Provider per"
          + " handler class, and the JVM allows at most %d parameters to a constructor.",
      "Move some handler classes to another Maven module (each module gets its own table, and"
          + " EventBus.builder takes a list of tables), or gather related @Handles methods into"
          + " fewer classes: a class may have any number of them."),
  MALFORMED_ROUTE_ID(
      "HERALD-130",
      Kind.ERROR,
      "@Handles id '%s' of method %s is not a route id: it is blank, longer than %d characters,"
          + " or has characters other than letters, digits and . _ - $ # ( ) / :.",
      "Durable stores key deliveries by it: use a short, stable name such as"
          + " \"kitchen.start-cooking\", or the method's former id to keep its pending"
          + " deliveries."),
  DUPLICATE_ROUTE_ID(
      "HERALD-131",
      Kind.ERROR,
      "@Handles method %s has the route id %s, like %s; durable deliveries are keyed by it, so"
          + " they could not tell the two routes apart.",
      "Give one of them another @Handles id."),
  ROUTE_ID_CHANGED(
      "HERALD-132",
      Kind.ERROR,
      "The route id %s of @Handles method %s is not in the ids file %s, which lists %s instead,"
          + " an id no method has any more: deliveries stored under it would find no handler"
          + " after this change. Keep the old id: @Handles(id = \"%s\").",
      "Or, when no delivery of the old route can be pending, update the file on purpose: build"
          + " once with -Aherald.ids.update=true and commit it."),
  ROUTE_ID_REMOVED(
      "HERALD-133",
      Kind.ERROR,
      "The ids file %s lists the route %s, but no @Handles method of this compilation has that id"
          + " any more: deliveries stored under it would find no handler. If another method took"
          + " over its work, keep the id there: @Handles(id = \"%s\").",
      "Or, when no delivery of the route can be pending, update the file on purpose: build once"
          + " with -Aherald.ids.update=true and commit it."),
  ROUTE_ID_NOT_IN_IDS_FILE(
      "HERALD-134",
      Kind.ERROR,
      "The route id %s of @Handles method %s is not in the ids file %s, so a later rename of the"
          + " method could not be caught. Add the line 'route %s' to the file.",
      "Or build once with -Aherald.ids.update=true, which rewrites the file from the code, and"
          + " commit it."),

  EVENT_NOT_A_RECORD(
      "HERALD-201",
      Kind.ERROR,
      "%s is annotated @%s but is %s; an event is an immutable record.",
      "Declare it as a record."),
  EVENT_NOT_PUBLIC(
      "HERALD-202",
      Kind.ERROR,
      "Event record %s is not public (or is nested in a type that is not), but handlers and"
          + " generated code in other packages must name it.",
      "Make it public."),
  BOTH_EVENT_ANNOTATIONS(
      "HERALD-203",
      Kind.ERROR,
      "%s is annotated both @DomainEvent and @IntegrationEvent; an integration event is already a"
          + " domain event for handlers inside the service.",
      "Remove @DomainEvent."),
  MALFORMED_INTEGRATION_TYPE(
      "HERALD-204",
      Kind.ERROR,
      "@IntegrationEvent type '%s' of %s is not a reverse-DNS name of at least three dot-separated"
          + " words, without a version suffix.",
      "Use a name such as com.mariopizzeria.order.confirmed; the version comes from version()."),
  EMPTY_INTEGRATION_SOURCE(
      "HERALD-205",
      Kind.ERROR,
      "@IntegrationEvent source of %s is empty; consumers use it to tell publishers apart.",
      "Name the publishing service, e.g. source = \"mario-pizzeria/orders\"."),
  INVALID_INTEGRATION_VERSION(
      "HERALD-206",
      Kind.ERROR,
      "@IntegrationEvent version of %s is %d; versions start at 1.",
      "Use 1 for the first contract and raise it for each breaking change."),
  DUPLICATE_INTEGRATION_TYPE(
      "HERALD-207",
      Kind.ERROR,
      "%s declares integration event type %s version %d, like %s; consumers could not tell them"
          + " apart.",
      "Give one of them another type or version."),
  GENERIC_EVENT(
      "HERALD-208",
      Kind.ERROR,
      "Event record %s declares type parameters, but handlers are chosen by the record's class,"
          + " which erases them.",
      "Declare one record per concrete event."),
  DOMAIN_EVENT_NOT_SERIALIZABLE(
      "HERALD-210",
      Kind.WARNING,
      "Domain event %s is left out of the generated JSON codec, and a durable outbox would fail to"
          + " store it. %s",
      "If the event may ever be stored, fix the component as the rule in brackets says; if it never"
          + " goes through a durable store, suppress this warning."),
  CODEC_UNSUPPORTED_TYPE(
      "HERALD-220",
      Kind.ERROR,
      "Component %s holds a %s, a type the JSON codec has no form for.",
      "Give it a record, enum, sealed interface over records, String, number, boolean, char, UUID,"
          + " java.time value, byte[], List, Set, Map<String, V> or Optional; a record of the"
          + " values you need works for most types."),
  CODEC_ARRAY(
      "HERALD-221",
      Kind.ERROR,
      "Component %s is the array %s; arrays compare by identity, so an event holding one is never"
          + " equal to its decoded copy.",
      "Use List<...> instead (byte[] is supported, as base64)."),
  CODEC_WILDCARD(
      "HERALD-222",
      Kind.ERROR,
      "Component %s has the wildcard %s as a type argument, which names no type to decode.",
      "Use a concrete type argument, e.g. List<String>."),
  CODEC_RAW_TYPE(
      "HERALD-223",
      Kind.ERROR,
      "Component %s has the raw type %s, so the codec does not know what it contains.",
      "Give it type arguments, e.g. List<String> or Map<String, Integer>."),
  CODEC_NESTED_OPTIONAL(
      "HERALD-224",
      Kind.ERROR,
      "Component %s has the type %s, with an Optional inside; Optional is supported only as a"
          + " component's own type.",
      "Leave absent values out of the collection, or make the component itself Optional."),
  CODEC_MAP_KEY(
      "HERALD-225",
      Kind.ERROR,
      "Component %s is a map with keys of type %s, but JSON object keys are strings.",
      "Use Map<String, V>, turning the keys into text before raising the event."),
  CODEC_PRIVATE_TYPE(
      "HERALD-226",
      Kind.ERROR,
      "Component %s uses %s, which is private (or nested in a private type), so the generated codec"
          + " has no access to it.",
      "Make it package-private or public."),
  CODEC_TYPE_NOT_VISIBLE(
      "HERALD-227",
      Kind.ERROR,
      "Component %s uses %s, which is not public (or is nested in a type that is not), but the"
          + " generated codec lives in package %s.",
      "Make it public."),
  CODEC_GENERIC_RECORD(
      "HERALD-228",
      Kind.ERROR,
      "Component %s uses the generic record %s, whose component types the codec must know at"
          + " compile time.",
      "Declare a record with concrete component types."),
  CODEC_OPEN_INTERFACE(
      "HERALD-229",
      Kind.ERROR,
      "Component %s uses the interface %s, which is not sealed, so reading it back the codec would"
          + " not know which class to build.",
      "Make it a sealed interface that permits only records."),
  CODEC_SEALED_VARIANT_NOT_RECORD(
      "HERALD-230",
      Kind.ERROR,
      "Component %s uses the sealed interface %s, which permits %s, a type other than a record"
          + " without type parameters.",
      "Permit only records without type parameters, or sealed interfaces over such records."),
  CODEC_SEALED_TAG_CLASH(
      "HERALD-231",
      Kind.ERROR,
      "Component %s uses the sealed interface %s, which permits %s and %s; both have the simple"
          + " name the \"@type\" member tells variants apart by.",
      "Rename one of the two records."),
  CODEC_COLLECTION_TYPE(
      "HERALD-232",
      Kind.ERROR,
      "Component %s is a %s; the codec reads a JSON array back as a List or a Set and must know"
          + " which.",
      "Declare it as List<...> or Set<...>."),
  CODEC_UNRESOLVED_TYPE(
      "HERALD-233",
      Kind.ERROR,
      "Component %s has the type %s, which did not resolve, so the codec does not know its JSON"
          + " form.",
      "Check its import, or the processor that should generate it."),
  MALFORMED_EVENT_NAME(
      "HERALD-212",
      Kind.ERROR,
      "@DomainEvent name '%s' of %s is not an event name: it is blank, longer than %d characters,"
          + " or has characters other than letters, digits and . _ - $.",
      "Durable stores keep events under it: use a dotted name such as"
          + " com.mariopizzeria.orders.OrderPlaced, or the record's former canonical name to keep"
          + " reading events stored before a move."),
  DUPLICATE_EVENT_NAME(
      "HERALD-213",
      Kind.ERROR,
      "Event %s is stored under the name %s, like %s; stored events could not tell the two apart.",
      "Give one of them another @DomainEvent name."),
  EVENT_NAME_CHANGED(
      "HERALD-214",
      Kind.ERROR,
      "Event %s is stored under the name %s, which the ids file %s does not list; it lists %s"
          + " instead, a name no event has any more: events stored under it could not be read"
          + " after this change. Keep the old name: %s.",
      "Or, when no event of the old name can be stored, update the file on purpose: build once"
          + " with -Aherald.ids.update=true and commit it."),
  EVENT_NAME_REMOVED(
      "HERALD-215",
      Kind.ERROR,
      "The ids file %s lists the event name %s, but no event of this compilation is stored under"
          + " that name any more: events stored under it could not be read. If a record replaced"
          + " it, keep the name there: @DomainEvent(name = \"%s\").",
      "Or, when no event of that name can be stored, update the file on purpose: build once with"
          + " -Aherald.ids.update=true and commit it."),
  EVENT_NAME_NOT_IN_IDS_FILE(
      "HERALD-216",
      Kind.ERROR,
      "Event %s is stored under the name %s, which is not in the ids file %s, so a later move or"
          + " rename of it could not be caught. Add the line 'event %s' to the file.",
      "Or build once with -Aherald.ids.update=true, which rewrites the file from the code, and"
          + " commit it."),

  UNHANDLED_EVENT(
      "HERALD-301",
      Kind.WARNING,
      "No @Handles method of this compilation handles %s.",
      "Add a handler, or suppress this warning where another module handles or only publishes it."),
  COMMAND_LIKE_EVENT_NAME(
      "HERALD-302",
      Kind.WARNING,
      "Event %s is named like a command (it starts with the verb '%s'), but an event states a fact"
          + " that already happened.",
      "Name it in the past tense, e.g. OrderPlaced rather than PlaceOrder."),
  GENERIC_CHANGE_EVENT_NAME(
      "HERALD-303",
      Kind.WARNING,
      "Event %s only says that something was %s, so every handler must work out what happened.",
      "Name the business fact, e.g. OrderAddressChanged or OrderCancelled."),
  UNSCOPED_STATEFUL_HANDLER(
      "HERALD-304",
      Kind.WARNING,
      "Handler class %s keeps state in %s but has no scope annotation: the generated table asks"
          + " its Provider for the handler on every delivery, so an unscoped handler is a new"
          + " instance per delivery, and that state is lost from one event to the next.",
      "Annotate the class with a scope, e.g. @jakarta.inject.Singleton (its handlers then run"
          + " concurrently for different aggregates, so keep the state thread-safe), or keep the"
          + " state outside the handler. If a module already binds it in a scope, suppress this"
          + " warning."),

  APPLIES_OUTSIDE_AGGREGATE(
      "HERALD-401",
      Kind.ERROR,
      "@Applies method %s is declared in %s, which does not extend"
          + " dev.herald.runtime.EventSourcedAggregate, so no applier calls it.",
      "Move it into the event-sourced aggregate whose state it changes, or make %s extend"
          + " EventSourcedAggregate<ID, E>."),
  APPLY_METHOD_PRIVATE(
      "HERALD-402",
      Kind.ERROR,
      "@Applies method %s is private, but the generated %s calls it directly.",
      "Remove 'private': package-private is enough, as the applier is generated in the"
          + " aggregate's package."),
  APPLY_METHOD_STATIC(
      "HERALD-403",
      Kind.ERROR,
      "@Applies method %s is static; it must change the state of the aggregate the event happened"
          + " to.",
      "Remove 'static'."),
  APPLY_METHOD_PARAMETERS(
      "HERALD-404",
      Kind.ERROR,
      "@Applies method %s takes %d parameters; an apply method takes exactly one, the event it"
          + " applies.",
      "Take only the event, e.g. void on(PointsEarned event); read anything else from the"
          + " aggregate's fields."),
  APPLY_METHOD_RETURNS(
      "HERALD-405",
      Kind.ERROR,
      "@Applies method %s returns %s; an apply method changes the aggregate's state and returns"
          + " void.",
      "Return void."),
  APPLY_METHOD_THROWS_CHECKED(
      "HERALD-406",
      Kind.ERROR,
      "@Applies method %s declares the checked exception %s, but applying a recorded event cannot"
          + " fail: the event already happened.",
      "Check in the command, before raising the event, and remove the throws clause."),
  APPLY_METHOD_NOT_VISIBLE(
      "HERALD-407",
      Kind.ERROR,
      "@Applies method %s is package-private in another package than %s, whose generated %s calls"
          + " it from package %s.",
      "Make the method protected or public in a public class, or move the aggregate to that"
          + " package."),
  UNREACHABLE_APPLY_METHOD(
      "HERALD-408",
      Kind.ERROR,
      "@Applies method %s applies %s, which is not one of the event records of %s (the event type"
          + " of %s), so it would never be called.",
      "Add %s to the permits clause of %s, or remove the method."),
  DUPLICATE_APPLY_METHOD(
      "HERALD-409",
      Kind.ERROR,
      "@Applies method %s applies %s, like %s; an event is applied in one place.",
      "Merge the two methods into one."),
  MISSING_APPLY_METHOD(
      "HERALD-410",
      Kind.ERROR,
      "Event-sourced aggregate %s has no @Applies method for %s, one of the event records of %s, so"
          + " raising or replaying such an event would fail.",
      "Add one that changes the state as the event says, e.g. '@Applies void on(%s event) {"
          + " ... }' (an event that changes nothing still needs an empty one)."),
  AGGREGATE_EVENT_TYPE_NOT_SEALED(
      "HERALD-411",
      Kind.ERROR,
      "Event-sourced aggregate %s applies events of %s, which is neither a sealed interface nor a"
          + " record (without type parameters), so Herald cannot know every event it must apply.",
      "Declare the events as 'public sealed interface %s permits ...', listing the aggregate's"
          + " event records."),
  AGGREGATE_EVENT_TYPE_PERMITS_OTHER(
      "HERALD-412",
      Kind.ERROR,
      "The event type %s of event-sourced aggregate %s permits %s, which is neither a record nor a"
          + " sealed interface over records.",
      "Permit only event records, or sealed interfaces that permit only event records."),
  AGGREGATE_EVENT_NOT_ANNOTATED(
      "HERALD-413",
      Kind.ERROR,
      "%s, an event of event-sourced aggregate %s, is not annotated @DomainEvent or"
          + " @IntegrationEvent, so no generated codec can store it and the aggregate could not be"
          + " loaded from its history.",
      "Annotate the record @DomainEvent."),
  AGGREGATE_CLASS_PRIVATE(
      "HERALD-414",
      Kind.ERROR,
      "Event-sourced aggregate %s is private (or nested in a private class), so its generated"
          + " applier cannot name it.",
      "Make it package-private or public."),
  GENERIC_AGGREGATE(
      "HERALD-415",
      Kind.ERROR,
      "Event-sourced aggregate %s declares type parameters, which its generated applier could not"
          + " choose.",
      "Declare a concrete, non-generic aggregate class (an abstract generic base class is fine)."),
  AGGREGATE_WITHOUT_EVENT_TYPE(
      "HERALD-416",
      Kind.ERROR,
      "Event-sourced aggregate %s extends %s, which does not say the aggregate's event type.",
      "Give the type arguments, e.g. 'extends EventSourcedAggregate<String, LoyaltyEvent>'."),

  INVALID_EVENT_VERSION(
      "HERALD-450",
      Kind.ERROR,
      "@DomainEvent version of %s is %d; versions start at 1.",
      "Leave it out for the first version, and raise it by one for each shape that stored events"
          + " of the previous one cannot be read as."),
  UPCASTER_NOT_STATIC(
      "HERALD-451",
      Kind.ERROR,
      "@Upcasts method %s is an instance method, but the generated codec has no instance to call"
          + " it on.",
      "Make it static: an upcaster is a function from one version of an event to the next."),
  UPCASTER_NOT_VISIBLE(
      "HERALD-452",
      Kind.ERROR,
      "@Upcasts method %s is %s, but the generated codec calls it from package %s.",
      "Make the method and its class public, or move them to package %s."),
  UPCASTER_PARAMETERS(
      "HERALD-453",
      Kind.ERROR,
      "@Upcasts method %s takes %d parameters; an upcaster takes exactly one, the event of the"
          + " older version.",
      "Take only the older record, e.g. static PointsEarned toV2(PointsEarnedV1 old)."),
  UPCASTER_THROWS_CHECKED(
      "HERALD-454",
      Kind.ERROR,
      "@Upcasts method %s declares the checked exception %s, which the generated codec could not"
          + " pass on.",
      "Throw an unchecked exception instead: the codec reports it as an unreadable event, which"
          + " a consumer dead-letters with the reason."),
  UPCASTER_FROM_NOT_AN_EVENT(
      "HERALD-455",
      Kind.ERROR,
      "@Upcasts method %s takes a %s, which is not an event record annotated @DomainEvent or"
          + " @IntegrationEvent in this compilation, whose codec would call the upcaster.",
      "Take the record of the older version, annotated with the event's name and that version,"
          + " e.g. @DomainEvent(name = \"loyalty.points-earned\", version = 1), in the module that"
          + " stores or receives it."),
  UPCASTER_TO_NOT_AN_EVENT(
      "HERALD-456",
      Kind.ERROR,
      "@Upcasts method %s returns %s, which is not an event record annotated @DomainEvent or"
          + " @IntegrationEvent in this compilation.",
      "Return the record of the next version of the event."),
  UPCASTER_TO_OTHER_EVENT(
      "HERALD-457",
      Kind.ERROR,
      "@Upcasts method %s turns %s (%s) into %s (%s), but an upcaster turns one version of an"
          + " event into the next version of the same event.",
      "Give both records the same event name, e.g. @DomainEvent(name = \"%s\") on the older"
          + " one, keeping the name its events were stored under."),
  UPCASTER_SKIPS_VERSION(
      "HERALD-458",
      Kind.ERROR,
      "@Upcasts method %s turns version %d of %s into version %d; an upcaster goes from one"
          + " version to the next.",
      "Return the record of version %d (declare it if there is none), and upcast that one in"
          + " turn."),
  DUPLICATE_UPCASTER(
      "HERALD-459",
      Kind.ERROR,
      "@Upcasts method %s upcasts %s, like %s; each older version has one upcaster.",
      "Keep one of the two."),
  MISSING_UPCASTER(
      "HERALD-460",
      Kind.ERROR,
      "%s is version %d of %s, whose current version is %d (%s), but no @Upcasts method turns it"
          + " into version %d, so events of version %d would never be read as the current"
          + " record.",
      "Add a static @Upcasts method from %s to the record of version %d, e.g. in %s itself."),
  OLDER_VERSION_HANDLED(
      "HERALD-461",
      Kind.ERROR,
      "@%s method %s takes %s, version %d of %s, but the codec reads every event of that version"
          + " as %s (version %d), so it would never be called.",
      "Take %s instead."),
  OLDER_VERSION_IN_AGGREGATE_EVENTS(
      "HERALD-462",
      Kind.ERROR,
      "The event type %s of event-sourced aggregate %s permits %s, an older version that the codec"
          + " reads as %s, so the aggregate would never apply it.",
      "Remove %s from the permits clause of %s: stored events of that version reach the aggregate"
          + " as %s.");

  private final String id;
  private final Kind kind;
  private final String text;
  private final String hint;

  Diagnostic(String id, Kind kind, String text, String hint) {
    this.id = id;
    this.kind = kind;
    this.text = text;
    this.hint = hint;
  }

  /** The stable id, e.g. {@code HERALD-101}. */
  public String id() {
    return id;
  }

  /** Whether this is an error, a warning, or a note about something done on request. */
  public Kind kind() {
    return kind;
  }

  /**
   * The value of {@code @SuppressWarnings} that silences this warning, e.g. {@code
   * herald:HERALD-301}.
   */
  public String suppressionKey() {
    return "herald:" + id;
  }

  /**
   * What is wrong, without the fix: {@code [HERALD-220] <what is wrong>}, for a finding that
   * carries another rule's text, as HERALD-210 does.
   */
  public String problem(Object... arguments) {
    return "[" + id + "] " + String.format(text, arguments);
  }

  /**
   * The full message as printed: {@code [HERALD-101] <what is wrong> <how to fix it>}; the hint may
   * use the arguments too, after those of the text.
   */
  public String format(Object... arguments) {
    String message = "[" + id + "] " + String.format(text + " " + hint, arguments);
    if (kind == Kind.WARNING) {
      message += " To silence it: @SuppressWarnings(\"" + suppressionKey() + "\").";
    }
    return message;
  }
}
