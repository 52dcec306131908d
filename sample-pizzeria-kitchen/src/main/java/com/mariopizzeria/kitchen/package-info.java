/**
 * The kitchen of Mario's Pizzeria, a Maven module of its own: it declares {@link
 * com.mariopizzeria.kitchen.KitchenWork}, which the order module's records implement without this
 * module knowing them, queues a ticket for each such piece of work, and raises its own events
 * ({@link com.mariopizzeria.kitchen.TicketStarted}, {@link com.mariopizzeria.kitchen.TicketCooked})
 * that the order module reacts to.
 */
package com.mariopizzeria.kitchen;
