package clash;

import dev.herald.Handles;
import jakarta.inject.Inject;

/** Named like java.lang.Override; handles the events named like java.lang types, with methods named like generated members. */
public final class Override {
  @Inject
  public Override() {}

  @Handles
  public void routes(String event) {
    clash.Journal.record("Override.routes(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void invoke(Object event, dev.herald.runtime.EventContext context) {
    clash.Journal.record("Override.invoke(" + event.getClass().getSimpleName() + " attempt " + context.attempt() + ")");
  }

  @Handles
  public void event(Exception event) {
    clash.Journal.record("Override.event(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void context(Class event) {
    clash.Journal.record("Override.context(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void knows(Integer event) {
    clash.Journal.record("Override.knows(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void routesOf(Long event) {
    clash.Journal.record("Override.routesOf(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void get(Boolean event) {
    clash.Journal.record("Override.get(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void typeName(Record event) {
    clash.Journal.record("Override.typeName(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void encode(IndexOutOfBoundsException event) {
    clash.Journal.record("Override.encode(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void decode(IllegalArgumentException event) {
    clash.Journal.record("Override.decode(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void noRoute(RuntimeException event) {
    clash.Journal.record("Override.noRoute(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void on(Math event) {
    clash.Journal.record("Override.on(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void on(System event) {
    clash.Journal.record("Override.on(" + event.getClass().getSimpleName() + ")");
  }

  @Handles
  public void requireNonNull(SuppressWarnings event) {
    clash.Journal.record("Override.requireNonNull(" + event.getClass().getSimpleName() + ")");
  }
}
