/**
 * The day's figures: sales, cancellations, deliveries, pizzas sold, kept live from delivered events
 * ({@link com.mariopizzeria.analytics.SalesAnalytics}) and rebuilt from the stored ones at closing
 * time ({@link com.mariopizzeria.analytics.SalesReport}, a replayed projection).
 */
package com.mariopizzeria.analytics;
