package dev.herald.opentelemetry;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

/** The OpenTelemetry SDK the tests trace with: every ended span goes to an in-memory exporter. */
final class InMemoryTelemetry {

  private InMemoryTelemetry() {}

  /** An SDK that hands each span to {@code exporter} as it ends, for the test to read back. */
  static OpenTelemetrySdk exportingTo(InMemorySpanExporter exporter) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build())
        .build();
  }
}
