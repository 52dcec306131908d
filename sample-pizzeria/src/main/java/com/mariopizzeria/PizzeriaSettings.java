package com.mariopizzeria;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

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
    return with(
        draft -> {
          draft.storage = StorageKind.IN_MEMORY;
          draft.jdbcUrl = null;
        });
  }

  public PizzeriaSettings withJdbc(String url, String user, String password) {
    return with(
        draft -> {
          draft.storage = StorageKind.JDBC;
          draft.jdbcUrl = url;
          draft.jdbcUser = user;
          draft.jdbcPassword = password;
        });
  }

  public PizzeriaSettings withEmailDownAttempts(int attempts) {
    return with(draft -> draft.emailDownAttempts = attempts);
  }

  public PizzeriaSettings withDeliveryThreads(int threads) {
    return with(draft -> draft.deliveryThreads = threads);
  }

  public PizzeriaSettings withOut(PrintStream out) {
    return with(draft -> draft.out = out);
  }

  /** Publishes the integration events to the Kafka cluster at these {@code bootstrap.servers}. */
  public PizzeriaSettings withKafka(String bootstrapServers) {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    return with(draft -> draft.kafkaBootstrap = bootstrapServers);
  }

  /** Watches the pizzeria with these parts: the kitchen page's board, metrics, tracing. */
  public PizzeriaSettings withObservability(Observability observability) {
    Objects.requireNonNull(observability, "observability");
    return with(draft -> draft.observability = observability);
  }

  /** These settings with one change; the canonical constructor checks the result. */
  private PizzeriaSettings with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.settings();
  }

  /**
   * A mutable copy of the settings, so that each {@code with} method names only what it changes.
   */
  private static final class Draft {
    StorageKind storage;
    String jdbcUrl;
    String jdbcUser;
    String jdbcPassword;
    int emailDownAttempts;
    int receiptPaper;
    int deliveryThreads;
    PrintStream out;
    String kafkaBootstrap;
    Observability observability;

    Draft(PizzeriaSettings settings) {
      storage = settings.storage;
      jdbcUrl = settings.jdbcUrl;
      jdbcUser = settings.jdbcUser;
      jdbcPassword = settings.jdbcPassword;
      emailDownAttempts = settings.emailDownAttempts;
      receiptPaper = settings.receiptPaper;
      deliveryThreads = settings.deliveryThreads;
      out = settings.out;
      kafkaBootstrap = settings.kafkaBootstrap;
      observability = settings.observability;
    }

    PizzeriaSettings settings() {
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
  }
}
