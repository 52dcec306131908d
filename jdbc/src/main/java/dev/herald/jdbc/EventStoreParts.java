package dev.herald.jdbc;

/** What the event store's classes share: the outbox's context and writer, and its own reader. */
record EventStoreParts(
    OutboxContext context, OutboxWriter writer, EventStoreSql sql, StreamReader reader) {

  static EventStoreParts create(OutboxContext context, OutboxWriter writer) {
    EventStoreSql sql = new EventStoreSql(context.tables(), context.dialect());
    return new EventStoreParts(context, writer, sql, new StreamReader(context, sql));
  }
}
