package dev.herald;

/** When a handler runs relative to the commit of the unit of work that raised its event. */
public enum Phase {

  /**
   * Inside the unit of work, before its commit step: the handler may veto the operation, since a
   * failure aborts the unit of work and nothing is published. Keep such handlers fast and local.
   */
  IMMEDIATE,

  /**
   * After the unit of work committed, isolated from every other handler: retried on failure and
   * dead-lettered when it keeps failing, never affecting the operation that raised the event.
   */
  AFTER_COMMIT
}
