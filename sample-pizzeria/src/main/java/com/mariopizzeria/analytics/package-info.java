/** The day's figures: sales, cancellations, deliveries, pizzas sold. */
package com.mariopizzeria.analytics;
