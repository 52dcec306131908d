package com.mariopizzeria;

import java.io.PrintStream;
import java.util.Objects;

/**
 * How the pizzeria runs: where it stores orders and events, how long the mail server is down, how
 * much paper the printer has. {@link Arguments} reads it from the command line.
 *
 * @param storage in memory, or a database through herald-jdbc's outbox
 * @param jdbcUrl the database for {@link StorageKind#JDBC}; {@code null} for a fresh in-memory H2
 * @param emailDownAttempts how many send attempts the mail server refuses first
 * @param receiptPaper sheets in the receipt printer in the morning
 * @param deliveryThreads threads delivering after-commit handlers; 1 keeps the day's output in
 *     order
 * @param out where the journal prints
 * @param kafkaBootstrap Kafka's {@code bootstrap.servers} to publish the integration events to;
 *     {@code null} to publish nothing
 * @param observability the kitchen page's board, metrics and tracing, each optional
 */
public record PizzeriaSettings(
    StorageKind storage,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    int emailDownAttempts,
    int receiptPaper,
    int deliveryThreads,
    PrintStream out,
    String kafkaBootstrap,
    Observability observability) {

  /** Where orders and events are kept. */
  public enum StorageKind {
    /** No database: in-memory repositories and delivery store; nothing survives the process. */
    IN_MEMORY,
    /** A JDBC database: orders and events in one transaction, delivered through the outbox. */
    JDBC
  }

  public PizzeriaSettings {
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(observability, "observability");
    if (emailDownAttempts < 0 || receiptPaper < 0 || deliveryThreads < 1) {
      throw new IllegalArgumentException(
          "emailDownAttempts and receiptPaper must be 0 or more and deliveryThreads 1 or more");
    }
  }

  /** Settings without Kafka. */
  public PizzeriaSettings(
      StorageKind storage,
      String jdbcUrl,
      String jdbcUser,
      String jdbcPassword,
      int emailDownAttempts,
      int receiptPaper,
      int deliveryThreads,
      PrintStream out) {
    this(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        null,
        Observability.none());
  }

  /**
   * The day as the README shows it: H2 in memory through the outbox, mail down for 3 attempts, 1
   * sheet of paper.
   */
  public static PizzeriaSettings defaults() {
    return new PizzeriaSettings(StorageKind.JDBC, null, "sa", "", 3, 1, 1, System.out);
  }

  public PizzeriaSettings inMemory() {
    return new PizzeriaSettings(
        StorageKind.IN_MEMORY,
        null,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        kafkaBootstrap,
        observability);
  }

  public PizzeriaSettings withJdbc(String url, String user, String password) {
    return new PizzeriaSettings(
        StorageKind.JDBC,
        url,
        user,
        password,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        kafkaBootstrap,
        observability);
  }

  public PizzeriaSettings withEmailDownAttempts(int attempts) {
    return new PizzeriaSettings(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        attempts,
        receiptPaper,
        deliveryThreads,
        out,
        kafkaBootstrap,
        observability);
  }

  public PizzeriaSettings withDeliveryThreads(int threads) {
    return new PizzeriaSettings(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        threads,
        out,
        kafkaBootstrap,
        observability);
  }

  public PizzeriaSettings withOut(PrintStream out) {
    return new PizzeriaSettings(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        kafkaBootstrap,
        observability);
  }

  /** Publishes the integration events to the Kafka cluster at these {@code bootstrap.servers}. */
  public PizzeriaSettings withKafka(String bootstrapServers) {
    return new PizzeriaSettings(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        Objects.requireNonNull(bootstrapServers, "bootstrapServers"),
        observability);
  }

  /** Watches the pizzeria with these parts: the kitchen page's board, metrics, tracing. */
  public PizzeriaSettings withObservability(Observability observability) {
    return new PizzeriaSettings(
        storage,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        emailDownAttempts,
        receiptPaper,
        deliveryThreads,
        out,
        kafkaBootstrap,
        Objects.requireNonNull(observability, "observability"));
  }
}
