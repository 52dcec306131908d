/**
 * The loyalty programme: an event-sourced {@link com.mariopizzeria.loyalty.LoyaltyAccount} per
 * customer, fed by delivered orders, stored as its events and rebuilt from them; the till the
 * pizzeria used before stored points in an older shape, which an upcaster reads as the current one.
 */
package com.mariopizzeria.loyalty;
