/**
 * Where the pizzeria keeps orders and events: in memory (nothing survives the process), or in a
 * JDBC database where each order is saved in the same transaction as its events (herald-jdbc's
 * outbox), H2 in memory by default, PostgreSQL given its URL.
 */
package com.mariopizzeria.storage;
