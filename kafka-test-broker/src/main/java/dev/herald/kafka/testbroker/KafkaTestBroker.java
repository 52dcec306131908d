package dev.herald.kafka.testbroker;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real one-node Apache Kafka cluster in KRaft mode (broker and controller in one process), run as
 * a child JVM from the Maven Central artifacts on the caller's classpath, so that a test can kill
 * it with SIGKILL and start it again on the same data directory and ports.
 *
 * <p>Tests share one broker per JVM through {@link #shared()}; a JVM shutdown hook kills the child
 * and deletes its data, so an aborted test run leaves no broker behind.
 */
public final class KafkaTestBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KafkaTestBroker.class);
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

  /** System property that overrides the classpath of the broker's JVM. */
  public static final String CLASSPATH_PROPERTY = "herald.kafka.broker.classpath";

  private static KafkaTestBroker shared;

  private final Path dataDir;
  private final Path configFile;
  private final Path logFile;
  private final int brokerPort;
  private final String classpath;
  private final List<String> jvmOptions;
  private Process process;
  private Duration lastStartTime = Duration.ZERO;
  private Duration formatTime = Duration.ZERO;

  private KafkaTestBroker(
      Path dataDir, int brokerPort, int controllerPort, String classpath, List<String> jvmOptions)
      throws IOException {
    this.dataDir = dataDir;
    this.configFile = dataDir.resolve("server.properties");
    this.logFile = dataDir.resolve("broker.log");
    this.brokerPort = brokerPort;
    this.classpath = classpath;
    this.jvmOptions = List.copyOf(jvmOptions);
    Files.writeString(
        configFile, serverProperties(dataDir.resolve("logs"), brokerPort, controllerPort));
  }

  /**
   * The broker of this JVM, started on first use; later calls return the same running broker (it is
   * restarted if a test killed it and forgot to restart it).
   */
  public static synchronized KafkaTestBroker shared() {
    if (shared == null) {
      shared = start();
    } else if (!shared.isRunning()) {
      shared.restart();
    }
    return shared;
  }

  /**
   * Starts a new broker on free ports with its data under {@code target/} (or the temp directory).
   */
  public static KafkaTestBroker start() {
    return start(
        defaultDataDir(),
        List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
  }

  /**
   * Starts a new broker on free ports.
   *
   * @param dataDir an empty or missing directory for the broker's configuration, logs and data
   * @param jvmOptions options of the child JVM, e.g. heap size
   */
  public static KafkaTestBroker start(Path dataDir, List<String> jvmOptions) {
    return start(
        dataDir,
        jvmOptions,
        System.getProperty(CLASSPATH_PROPERTY, System.getProperty("java.class.path")));
  }

  /**
   * Starts a new broker on free ports.
   *
   * @param dataDir an empty or missing directory for the broker's configuration, logs and data
   * @param jvmOptions options of the child JVM, e.g. heap size
   * @param classpath the child JVM's classpath: it must hold {@code org.apache.kafka:kafka_2.13}
   *     and its dependencies; the default (system property {@value #CLASSPATH_PROPERTY}, else this
   *     JVM's {@code java.class.path}) fits Surefire and plain {@code java -cp}, but not {@code
   *     exec:java}
   */
  public static KafkaTestBroker start(Path dataDir, List<String> jvmOptions, String classpath) {
    try {
      Files.createDirectories(dataDir);
      int[] ports = freePorts(2);
      KafkaTestBroker broker =
          new KafkaTestBroker(dataDir, ports[0], ports[1], classpath, jvmOptions);
      Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-test-broker-stop"));
      long began = System.nanoTime();
      broker.format();
      broker.formatTime = Duration.ofNanos(System.nanoTime() - began);
      broker.launch();
      broker.lastStartTime = Duration.ofNanos(System.nanoTime() - began);
      log.info(
          "Kafka test broker ready at {} in {} ms (storage format {} ms), data in {}",
          broker.bootstrapServers(),
          broker.lastStartTime.toMillis(),
          broker.formatTime.toMillis(),
          dataDir);
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Kafka test broker in " + dataDir, e);
    }
  }

  /**
   * Runs a broker until this JVM is stopped (Ctrl-C), for trying a sample by hand: {@code java -cp
   * <classpath with kafka_2.13> dev.herald.kafka.testbroker.KafkaTestBroker}.
   */
  public static void main(String[] args) throws InterruptedException {
    KafkaTestBroker broker = start();
    System.out.println(
        "Kafka is running at "
            + broker.bootstrapServers()
            + " (started in "
            + broker.lastStartTime().toMillis()
            + " ms); stop with Ctrl-C");
    Thread.currentThread().join();
  }

  /** The {@code bootstrap.servers} value clients use. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  /**
   * How long the last start took, until the broker answered a metadata request (storage format
   * included on the first).
   */
  public Duration lastStartTime() {
    return lastStartTime;
  }

  /** How long formatting the storage took on the first start. */
  public Duration formatTime() {
    return formatTime;
  }

  /** Where the broker's data, configuration and log file live. */
  public Path dataDir() {
    return dataDir;
  }

  /** Whether the broker process is alive. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Kills the broker with SIGKILL, as a crash would, and waits until the process is gone. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while killing the Kafka test broker", e);
    }
    process = null;
  }

  /** Starts the broker again on the same data directory and ports, and waits until it serves. */
  public synchronized void restart() {
    if (isRunning()) {
      throw new IllegalStateException("the Kafka test broker is still running; kill() it first");
    }
    long began = System.nanoTime();
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException("could not restart the Kafka test broker in " + dataDir, e);
    }
    lastStartTime = Duration.ofNanos(System.nanoTime() - began);
    log.info("Kafka test broker restarted in {} ms", lastStartTime.toMillis());
  }

  /** An admin client for this broker; the caller closes it. */
  public Admin admin() {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    return Admin.create(config);
  }

  /**
   * Creates a topic with the given partitions (replication factor 1); an existing topic is left as
   * it is.
   */
  public void createTopic(String name, int partitions) {
    createTopic(name, partitions, Map.of());
  }

  /**
   * Creates a topic with the given partitions (replication factor 1) and topic configs, e.g. {@code
   * max.message.bytes}; an existing topic is left as it is.
   */
  public void createTopic(String name, int partitions, Map<String, String> configs) {
    try (Admin admin = admin()) {
      admin
          .createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs)))
          .all()
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("could not create topic " + name, e.getCause());
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not create topic " + name, e);
    }
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 20 s) and deletes its data directory. */
  @Override
  public synchronized void close() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    if (!Boolean.getBoolean("herald.kafka.keepData")) {
      deleteRecursively(dataDir);
    }
  }

  private void format() throws IOException {
    String clusterId = Uuid.randomUuid().toString();
    Process formatter =
        childJvm(
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                clusterId,
                "--config",
                configFile.toString(),
                "--ignore-formatted")
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    try {
      if (!formatter.waitFor(60, TimeUnit.SECONDS) || formatter.exitValue() != 0) {
        formatter.destroyForcibly();
        throw new IllegalStateException(
            "formatting the Kafka storage failed; see " + logFile + ":\n" + logTail());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting the Kafka storage", e);
    }
  }

  private void launch() throws IOException {
    process =
        childJvm("kafka.Kafka", configFile.toString())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    awaitReady();
  }

  private ProcessBuilder childJvm(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).directory(dataDir.toFile());
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    // Wait for the listener first, so the admin client does not fill the log with connection
    // warnings.
    while (!acceptsConnections()) {
      checkAliveBefore(deadline);
      sleep(50);
    }
    try (Admin admin = admin()) {
      while (true) {
        checkAliveBefore(deadline);
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception notYet) {
          sleep(100);
        }
      }
    }
  }

  private void checkAliveBefore(long deadline) {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "the Kafka test broker exited with " + process.exitValue() + "; log tail:\n" + logTail());
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(
          "the Kafka test broker did not get ready within "
              + READY_TIMEOUT
              + "; log tail:\n"
              + logTail());
    }
  }

  private boolean acceptsConnections() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", brokerPort), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String serverProperties(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners",
        "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toString());
    p.setProperty("num.partitions", "1");
    // One node: every internal topic with one replica; fewer partitions make the first group join
    // fast.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // After a kill the old registration blocks the new incarnation until its session expires: keep
    // it short.
    p.setProperty("broker.heartbeat.interval.ms", "500");
    p.setProperty("broker.session.timeout.ms", "2000");
    p.setProperty("auto.create.topics.enable", "true");
    StringBuilder text = new StringBuilder("# written by KafkaTestBroker\n");
    p.stringPropertyNames().stream()
        .sorted()
        .forEach(name -> text.append(name).append('=').append(p.getProperty(name)).append('\n'));
    return text.toString();
  }

  private static Path defaultDataDir() {
    try {
      Path target = Path.of("target");
      Path base =
          Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
      return Files.createTempDirectory(base.toAbsolutePath(), "kafka-test-broker-");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not create a data directory for the Kafka test broker", e);
    }
  }

  private static int[] freePorts(int count) throws IOException {
    // Hold all sockets open until every port is chosen, so the same port is not handed out twice.
    ServerSocket[] sockets = new ServerSocket[count];
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        if (socket != null) {
          socket.close();
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException | UncheckedIOException e) {
      log.warn("could not delete {}: {}", dir, e.getMessage());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the Kafka test broker", e);
    }
  }
}
