package dev.herald.benchmarks.report;

import java.util.Locale;

/** How numbers read in the report: few significant digits, thousands separated. */
final class Figures {

  private Figures() {}

  static String nanos(double ns) {
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    if (ns < 10) {
      return String.format(Locale.ROOT, "%.2f", ns);
    }
    if (ns < 100) {
      return String.format(Locale.ROOT, "%.1f", ns);
    }
    return String.format(Locale.ROOT, "%,.0f", ns);
  }

  static String bytes(double bytes) {
    return Double.isNaN(bytes)
        ? "n/a"
        : String.format(Locale.ROOT, "%,.0f", bytes < 0.5 ? 0 : bytes);
  }

  static String ratio(double ratio) {
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return "n/a";
    }
    if (ratio < 0.1) {
      return String.format(Locale.ROOT, "%.3f×", ratio);
    }
    return String.format(Locale.ROOT, ratio < 10 ? "%.2f×" : "%,.0f×", ratio);
  }

  static String millis(double ns) {
    return Double.isNaN(ns) ? "n/a" : String.format(Locale.ROOT, "%,.2f", ns / 1e6);
  }

  static String rate(double perSecond) {
    return Double.isNaN(perSecond) ? "n/a" : String.format(Locale.ROOT, "%,.0f", perSecond);
  }
}
