/**
 * The application-size scenarios of issue 12, reported first: every Herald contender runs against
 * ONE generated table ({@code dev.herald.benchmarks.app.AppHandlerTable}, 210 handler classes, 206
 * event types) and every peer has the same 210 handlers registered, with every event type published
 * before measuring, as in a real service.
 */
package dev.herald.benchmarks.appsize;
