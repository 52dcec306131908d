package dev.herald.kafka.testbroker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaTestBrokerTest {

  @Test
  void keepsRecordsAcrossAKillAndRestart() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    System.out.printf(
        "broker start %d ms (format %d ms)%n",
        broker.lastStartTime().toMillis(), broker.formatTime().toMillis());
    broker.createTopic("broker-test", 1);
    send(broker, "before-kill");

    broker.kill();
    assertFalse(broker.isRunning());
    broker.restart();
    System.out.printf("broker restart %d ms%n", broker.lastStartTime().toMillis());
    assertTrue(broker.isRunning());
    send(broker, "after-restart");

    assertEquals(List.of("before-kill", "after-restart"), readAll(broker, 2));
  }

  @Test
  void createsATopicWithItsOwnConfigs() throws Exception {
    KafkaTestBroker broker = KafkaTestBroker.shared();
    broker.createTopic("broker-test-large", 1, Map.of("max.message.bytes", "3145728"));
    ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "broker-test-large");
    try (Admin admin = broker.admin()) {
      Config config =
          admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
      assertEquals("3145728", config.get("max.message.bytes").value());
    }
  }

  private static void send(KafkaTestBroker broker, String value) throws Exception {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>("broker-test", value)).get(60, TimeUnit.SECONDS);
    }
  }

  private static List<String> readAll(KafkaTestBroker broker, int expected) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "broker-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("broker-test"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }
}
