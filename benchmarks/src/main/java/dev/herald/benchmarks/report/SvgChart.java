package dev.herald.benchmarks.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the application-size dispatch scenarios as horizontal bars of ns per event on a logarithmic
 * axis, one group per scenario, with the run's facts underneath; plain SVG text, so no tool is
 * needed.
 */
final class SvgChart {

  private static final int WIDTH = 980;
  private static final int LABEL_WIDTH = 330;
  private static final int BAR_HEIGHT = 16;
  private static final int BAR_GAP = 4;
  private static final int GROUP_GAP = 34;
  private static final int TOP = 70;
  private static final double MIN_NS = 0.1;
  private static final double MAX_NS = 100_000;
  private static final Map<String, String> COLOURS =
      Map.ofEntries(
          Map.entry("direct", "#7f7f7f"),
          Map.entry("heraldTable", "#d62728"),
          Map.entry("heraldTableInvoke", "#e377c2"),
          Map.entry("heraldBus", "#ff9896"),
          Map.entry("greenrobot", "#2ca02c"),
          Map.entry("guava", "#1f77b4"),
          Map.entry("spring", "#9467bd"),
          Map.entry("axon", "#8c564b"));

  private final StringBuilder svg = new StringBuilder();

  private SvgChart() {}

  static String render(List<Measurement> measurements, RunInfo info) {
    return new SvgChart().draw(measurements, info);
  }

  private String draw(List<Measurement> measurements, RunInfo info) {
    List<List<Measurement>> groups = new ArrayList<>();
    for (String scenario : Scenarios.APP_DISPATCH.keySet()) {
      List<Measurement> group =
          measurements.stream()
              .filter(m -> m.scenario().equals(scenario))
              .sorted(Comparator.comparingInt((Measurement m) -> Scenarios.rank(m.contender())))
              .toList();
      if (!group.isEmpty()) {
        groups.add(group);
      }
    }
    int plotHeight =
        groups.stream().mapToInt(g -> 22 + g.size() * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP).sum();
    List<String> notes = info.notes().stream().flatMap(note -> wrap(note, 150).stream()).toList();
    int height = TOP + plotHeight + 70 + 16 * (2 + notes.size()) + 14 * info.commands().size();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n",
            WIDTH,
            height,
            WIDTH,
            height));
    svg.append(
        String.format(
            Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
    text(
        16,
        26,
        "Herald vs. peers at application size: ns per event (log scale, shorter is better)",
        "font-size=\"16\" font-weight=\"bold\"");
    text(16, 46, "bar label: ns/op · B/op · × direct call", "fill=\"#555\"");
    int axisBottom = TOP + plotHeight - GROUP_GAP + 8;
    drawGrid(TOP - 8, axisBottom);
    int y = TOP;
    for (List<Measurement> group : groups) {
      text(16, y + 12, Scenarios.title(group.get(0).scenario()), "font-weight=\"bold\"");
      y += 22;
      double direct =
          group.stream()
              .filter(m -> m.contender().equals("direct"))
              .mapToDouble(Measurement::nanosPerOp)
              .findFirst()
              .orElse(Double.NaN);
      for (Measurement m : group) {
        drawBar(y, m, direct);
        y += BAR_HEIGHT + BAR_GAP;
      }
      y += GROUP_GAP;
    }
    int footer = axisBottom + 64;
    text(
        16, footer, "Date: " + info.date() + ". Machine: " + info.machine() + ".", "fill=\"#555\"");
    text(
        16,
        footer + 16,
        "JVM: "
            + info.jvm()
            + ". Generated from JMH JSON by dev.herald.benchmarks.report.ResultsReport.",
        "fill=\"#555\"");
    int y2 = footer + 32;
    for (String note : notes) {
      text(16, y2, note, "fill=\"#555\"");
      y2 += 16;
    }
    for (String command : info.commands()) {
      text(
          16,
          y2,
          "$ " + command,
          "fill=\"#555\" font-family=\"DejaVu Sans Mono, monospace\" font-size=\"8.5\"");
      y2 += 14;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private void drawGrid(int top, int bottom) {
    for (double ns = MIN_NS; ns <= MAX_NS * 1.001; ns *= 10) {
      double x = x(ns);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
              x,
              top,
              x,
              bottom));
      text(
          (int) x - 12,
          bottom + 16,
          ns < 1 ? "0.1" : String.format(Locale.ROOT, "%,.0f", ns),
          "fill=\"#555\"");
    }
    text(LABEL_WIDTH, bottom + 32, "ns per event", "fill=\"#555\"");
  }

  private void drawBar(int y, Measurement m, double direct) {
    double ns = m.nanosPerOp();
    String colour =
        COLOURS.getOrDefault(
            m.contender(), Scenarios.isHerald(m.contender()) ? "#d62728" : "#bcbd22");
    text(16, y + BAR_HEIGHT - 4, Scenarios.label(m.contender()), "");
    double end = x(Math.max(ns, MIN_NS));
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
            LABEL_WIDTH,
            y,
            Math.max(1, end - LABEL_WIDTH),
            BAR_HEIGHT,
            colour));
    String value =
        Figures.nanos(ns)
            + " ns · "
            + (m.bytesPerOp().isPresent()
                ? Figures.bytes(m.bytesPerOp().getAsDouble()) + " B"
                : "B n/a")
            + " · "
            + Figures.ratio(ns / direct);
    text((int) end + 6, y + BAR_HEIGHT - 4, value, "");
  }

  /**
   * Splits a long note into lines of at most {@code width} characters at spaces; SVG text does not
   * wrap.
   */
  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static double x(double ns) {
    double span = Math.log10(MAX_NS) - Math.log10(MIN_NS);
    double plotWidth = WIDTH - LABEL_WIDTH - 190;
    return LABEL_WIDTH + (Math.log10(ns) - Math.log10(MIN_NS)) / span * plotWidth;
  }

  private void text(int x, int y, String content, String attributes) {
    svg.append("<text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" ")
        .append(attributes)
        .append('>')
        .append(content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        .append("</text>\n");
  }
}
