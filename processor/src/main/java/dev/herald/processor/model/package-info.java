/**
 * The immutable description of what Herald generates for one compilation: routes, handlers and
 * events with their names and order decided, so that writers only turn it into source.
 */
package dev.herald.processor.model;
