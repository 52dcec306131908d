/** The events of an order's life: placed, confirmed, cancelled. */
package com.mariopizzeria.orders;
