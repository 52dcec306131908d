/**
 * Mario's Pizzeria, the smallest service that shows Herald at work: order events, three handlers,
 * and a Dagger component that collects the generated handler table.
 */
package com.mariopizzeria;
