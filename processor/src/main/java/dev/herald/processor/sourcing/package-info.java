/**
 * Event sourcing at compile time: finds event-sourced aggregates and checks their {@code @Applies}
 * methods against their sealed event type, and checks the versions of events and the
 * {@code @Upcasts} chains between them; the writers generate each aggregate's applier and the
 * codec's upcast switch from what is valid here.
 */
package dev.herald.processor.sourcing;
