/** Figures about orders, kept from every order event. */
package com.mariopizzeria.analytics;
