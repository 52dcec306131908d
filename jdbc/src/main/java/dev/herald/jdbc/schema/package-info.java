/**
 * The tables herald-jdbc stores events, deliveries, dead letters and inbox entries in, as DDL per
 * supported database; the same DDL ships as migration scripts in {@code dev/herald/jdbc/schema/}.
 */
package dev.herald.jdbc.schema;
