/**
 * The live kitchen page ({@code --web}): a board of tickets moving from queued to delivered, kept
 * from the order events by one after-commit subscriber and pushed to every open page through
 * Server-Sent Events, commands to move tickets along, and {@code /metrics} in Prometheus format.
 * Served by the JDK's {@code com.sun.net.httpserver}, on the loopback address unless told
 * otherwise.
 */
package com.mariopizzeria.web;
