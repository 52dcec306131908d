package com.mariopizzeria;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

/**
 * Asks a Kafka cluster for its id before the day starts, with a short timeout: the producer would
 * otherwise keep reconnecting to an address where no broker answers while every publication waits
 * and is finally dead-lettered, which takes minutes.
 */
final class KafkaCheck {

  private KafkaCheck() {}

  /**
   * Why no broker at {@code bootstrapServers} answered within the timeout; empty if one did.
   *
   * @param bootstrapServers Kafka's {@code bootstrap.servers}
   * @param timeout how long to wait for the answer
   */
  static Optional<String> problem(String bootstrapServers, Duration timeout) {
    int millis = Math.toIntExact(timeout.toMillis());
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
    Admin admin;
    try {
      admin = Admin.create(config);
    } catch (KafkaException badAddress) {
      return Optional.of(withRootCause(badAddress));
    }
    try {
      admin
          .describeCluster(new DescribeClusterOptions().timeoutMs(millis))
          .clusterId()
          .get(millis + 1_000L, TimeUnit.MILLISECONDS);
      return Optional.empty();
    } catch (ExecutionException failed) {
      return Optional.of(
          failed.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
              ? noAnswer(timeout)
              : withRootCause(failed.getCause()));
    } catch (TimeoutException late) {
      return Optional.of(noAnswer(timeout));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while waiting for the broker");
    } finally {
      admin.close(Duration.ZERO);
    }
  }

  private static String noAnswer(Duration timeout) {
    return "no broker answered within " + timeout.toSeconds() + " s";
  }

  /** Kafka wraps the useful message, such as "Invalid url in bootstrap.servers: ...", in others. */
  private static String withRootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == failure ? failure.getMessage() : failure.getMessage() + ": " + root.getMessage();
  }
}
