/**
 * The delivery app, a service of its own beside Mario's Pizzeria: it declares its own records for
 * the pizzeria's integration events (same CloudEvents type and version, only the fields it needs),
 * consumes them from Kafka through its own generated codec and hands them to its handlers through
 * its own bus. It shares no code with the pizzeria, only the contract.
 */
package com.mariopizzeria.delivery;
