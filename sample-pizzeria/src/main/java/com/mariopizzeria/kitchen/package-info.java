/** The kitchen, which turns confirmed orders into pizzas. */
package com.mariopizzeria.kitchen;
