package dev.herald.jdbc;

/** Stands in for herald-jdbc on the classpath: its outbox stores every committed event as JSON. */
public final class JdbcOutbox {}
