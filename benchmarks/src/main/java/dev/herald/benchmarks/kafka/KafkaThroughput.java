package dev.herald.benchmarks.kafka;

import dev.herald.benchmarks.outbox.BenchOrder;
import dev.herald.benchmarks.outbox.Database;
import dev.herald.benchmarks.outbox.Measurement;
import dev.herald.benchmarks.outbox.RunReport;
import dev.herald.kafka.testbroker.KafkaTestBroker;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kafka benchmark of issue 5: starts one real KRaft broker (a child JVM, {@link
 * KafkaTestBroker}), then rounds in which every contender sends its events to a fresh topic of its
 * own on that broker; writes a markdown table with each contender's median events per second and
 * its ratio to the raw producer.
 *
 * <p>Options: {@code --units 50000} (units of work of 3 events per round, for the contenders
 * without a database), {@code --outbox-units 2000} (for those with the outbox), {@code
 * --outbox-databases h2mem,pg} ({@code none} for no outbox contender), {@code --rounds 3}, {@code
 * --partitions 3}, {@code --threads 2} (committing threads of the bus contenders), {@code
 * --hand-off-experiment true} (also run the outbox contenders with acks handed off the producer I/O
 * thread), {@code --out benchmarks/results/kafka.md}.
 */
public final class KafkaThroughput {

  private KafkaThroughput() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    RunReport report =
        new RunReport(
            "Kafka publishing throughput (issue 5)", KafkaThroughput.class.getName(), args);
    useBenchmarkClasspathForBroker();
    List<List<String>> rows = new ArrayList<>();
    List<String> roundLog = new ArrayList<>();
    String brokerStart;
    try (KafkaTestBroker broker = KafkaTestBroker.start()) {
      brokerStart = broker.lastStartTime().toMillis() + " ms";
      String bootstrap = broker.bootstrapServers();
      List<Contender> contenders = new ArrayList<>();
      contenders.add(new RawProducer(bootstrap, false));
      contenders.add(new RawProducer(bootstrap, true));
      contenders.add(new DirectPublisher(bootstrap));
      contenders.add(new BusPublisher(bootstrap, null, options.threads, false));
      for (Database database : options.outboxDatabases) {
        contenders.add(new BusPublisher(bootstrap, database, options.threads, false));
      }
      if (options.handOff) {
        for (Database database : options.outboxDatabases) {
          contenders.add(new BusPublisher(bootstrap, database, options.threads, true));
        }
      }
      double[][] rates = new double[contenders.size()][options.rounds];
      // Every topic exists and has its leaders before the first run: producing to a topic created a
      // moment ago can meet NOT_LEADER_OR_FOLLOWER and then stall the idempotent producer.
      List<String> topics = new ArrayList<>();
      for (int t = 0; t < (options.rounds + 1) * contenders.size(); t++) {
        topics.add("bench-" + (t + 1));
        broker.createTopic(topics.get(t), options.partitions);
      }
      for (String topic : topics) {
        TopicRecords.awaitLeaders(broker, topic, options.partitions);
      }
      int used = 0;
      // Warm-up round (JIT, producer and broker paths), then the measured rounds; every run on a
      // new topic.
      for (int round = -1; round < options.rounds; round++) {
        for (int c = 0; c < contenders.size(); c++) {
          Contender contender = contenders.get(c);
          int units = contender.usesOutbox() ? options.outboxUnits : options.units;
          if (round < 0) {
            units = Math.max(1, units / 4);
          }
          String topic = topics.get(used++);
          Measurement measurement = contender.run(topic, units);
          long stored = TopicRecords.count(broker, topic, options.partitions);
          if (stored != measurement.events()) {
            throw new IllegalStateException(
                contender.label()
                    + ": topic "
                    + topic
                    + " holds "
                    + stored
                    + " records, expected "
                    + measurement.events());
          }
          System.out.printf(
              "%s %s: %s events/s%n",
              round < 0 ? "warm-up" : "round " + (round + 1),
              contender.label(),
              RunReport.rate(measurement.eventsPerSecond()));
          if (round >= 0) {
            rates[c][round] = measurement.eventsPerSecond();
          }
        }
      }
      // The ratio to raw is taken per round (same minute, same load), then its median is shown.
      for (int c = 0; c < contenders.size(); c++) {
        double[] ratios = new double[options.rounds];
        List<String> ratioText = new ArrayList<>();
        for (int round = 0; round < options.rounds; round++) {
          ratios[round] = rates[c][round] / rates[0][round];
          ratioText.add(RunReport.ratio(ratios[round]));
        }
        rows.add(
            List.of(
                contenders.get(c).label(),
                RunReport.rate(median(rates[c])),
                RunReport.ratio(median(ratios))));
        roundLog.add(
            "- "
                + contenders.get(c).label()
                + ": "
                + list(rates[c])
                + "; ratios "
                + String.join(", ", ratioText));
      }
    } finally {
      Database.stopPostgres();
    }
    report
        .line(
            "- broker: Apache Kafka 4.1.1, one KRaft node (broker + controller) in a child JVM on"
                + " this machine (KafkaTestBroker, -Xmx512m, started in "
                + brokerStart
                + "); "
                + options.partitions
                + " partitions per topic, a new topic per run")
        .line(
            "- every producer: enable.idempotence=true, acks=all, linger.ms="
                + ProducerSettings.LINGER_MS
                + ", batch.size="
                + ProducerSettings.BATCH_SIZE
                + ", key = aggregate id, the same JSON payload; Herald adds the CloudEvents"
                + " binary-mode headers (ce_id, ce_source, ce_type, ...)")
        .line(
            "- per round: "
                + options.units
                + " units of work ("
                + BenchOrder.EVENTS_PER_UNIT
                + " events of one aggregate) for the contenders without a database, "
                + options.outboxUnits
                + " for those with the outbox; raw and direct send from one thread, the bus"
                + " contenders commit from "
                + options.threads
                + " threads; "
                + options.rounds
                + " measured rounds after a warm-up round; median; a run ends when the broker"
                + " acknowledged every record (counted again from the topic's end offsets)")
        .table(
            List.of(
                "contender",
                "events/s (median)",
                "ratio to raw producer (median of per-round ratios)"),
            rows)
        .line("Rounds (events/s):\n")
        .line(String.join("\n", roundLog) + "\n");
    report.finish(options.out);
  }

  /**
   * The broker's child JVM takes this JVM's class path by default, but it runs in the broker's data
   * directory, so a relative class path (as in the documented command) would not resolve there, and
   * under {@code java -jar} the class path is the jar alone: give it the jar and lib/, absolute.
   */
  private static void useBenchmarkClasspathForBroker() throws Exception {
    if (System.getProperty(KafkaTestBroker.CLASSPATH_PROPERTY) != null) {
      return;
    }
    Path jar =
        Path.of(KafkaThroughput.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toAbsolutePath();
    Path lib = jar.resolveSibling("lib");
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException(
          "no "
              + lib
              + " beside "
              + jar
              + ": build with `mvn -pl benchmarks -am package`"
              + " or set -D"
              + KafkaTestBroker.CLASSPATH_PROPERTY
              + " to a class path holding kafka_2.13");
    }
    System.setProperty(
        KafkaTestBroker.CLASSPATH_PROPERTY, jar + File.pathSeparator + lib.resolve("*"));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String list(double[] values) {
    List<String> parts = new ArrayList<>();
    for (double value : values) {
      parts.add(RunReport.rate(value));
    }
    return String.join(", ", parts);
  }

  /** The command line, with defaults. */
  private record Options(
      int units,
      int outboxUnits,
      List<Database> outboxDatabases,
      int rounds,
      int partitions,
      int threads,
      boolean handOff,
      Path out) {

    static Options parse(String[] args) {
      int units = 50_000;
      int outboxUnits = 2_000;
      List<Database> outboxDatabases = List.of(Database.H2_MEM, Database.POSTGRESQL);
      int rounds = 3;
      int partitions = 3;
      int threads = 2;
      boolean handOff = true;
      Path out = Path.of("benchmarks/results/kafka.md");
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--units" -> units = positive(name, value);
          case "--outbox-units" -> outboxUnits = positive(name, value);
          case "--outbox-databases" ->
              outboxDatabases =
                  "none".equals(value)
                      ? List.of()
                      : Arrays.stream(value.split(",")).map(Database::parse).toList();
          case "--rounds" -> rounds = positive(name, value);
          case "--partitions" -> partitions = positive(name, value);
          case "--threads" -> threads = positive(name, value);
          case "--hand-off-experiment" -> handOff = Boolean.parseBoolean(value);
          case "--out" -> out = Path.of(value);
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + name
                      + "; known: --units --outbox-units --outbox-databases --rounds --partitions"
                      + " --threads --hand-off-experiment --out");
        }
      }
      return new Options(
          units, outboxUnits, outboxDatabases, rounds, partitions, threads, handOff, out);
    }

    private static int positive(String name, String value) {
      int parsed = Integer.parseInt(value);
      if (parsed < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return parsed;
    }
  }
}
