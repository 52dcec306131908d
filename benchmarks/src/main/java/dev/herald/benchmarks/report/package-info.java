/**
 * Turns JMH's JSON output into the published results: a Markdown table (ns/op, B/op, ratio to the
 * direct call, the targets checked) and an SVG chart, with date, machine and command. Run
 * {@link dev.herald.benchmarks.report.ResultsReport}; it needs nothing beyond the JDK.
 */
package dev.herald.benchmarks.report;
