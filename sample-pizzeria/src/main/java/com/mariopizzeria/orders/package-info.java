/**
 * The order aggregate, its events and the application service that runs each business operation in
 * a unit of work: placed, confirmed, cooking, ready, out for delivery, delivered, or cancelled.
 */
package com.mariopizzeria.orders;
