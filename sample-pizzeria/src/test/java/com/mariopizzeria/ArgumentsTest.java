package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mariopizzeria.PizzeriaSettings.StorageKind;
import org.junit.jupiter.api.Test;

/** The command line of the README: the default, each flag, and a clear error for a bad one. */
class ArgumentsTest {

  @Test
  void noArgumentsIsH2InMemoryThroughTheOutbox() {
    Arguments arguments = Arguments.parse();
    assertEquals(StorageKind.JDBC, arguments.settings().storage());
    assertNull(arguments.settings().jdbcUrl(), "a fresh in-memory H2");
    assertEquals(0, arguments.extraOrders());
    assertEquals(3, arguments.settings().emailDownAttempts());
    assertNull(arguments.settings().kafkaBootstrap(), "no Kafka unless asked");
  }

  @Test
  void kafkaIsKeptWhateverTheStorage() {
    assertEquals(
        "localhost:9092", Arguments.parse("--kafka=localhost:9092").settings().kafkaBootstrap());
    PizzeriaSettings inMemory = Arguments.parse("--kafka=broker:9092", "--in-memory").settings();
    assertEquals(StorageKind.IN_MEMORY, inMemory.storage());
    assertEquals("broker:9092", inMemory.kafkaBootstrap());
    assertEquals(
        "--kafka needs a value: --kafka=...",
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--kafka"))
            .getMessage());
  }

  @Test
  void flagsAreRead() {
    Arguments postgres =
        Arguments.parse(
            "--jdbc-url=jdbc:postgresql://db:5432/pizzeria",
            "--user=mario",
            "--password=s3cret",
            "--orders=500",
            "--threads=4",
            "--email-down=0");
    assertEquals("jdbc:postgresql://db:5432/pizzeria", postgres.settings().jdbcUrl());
    assertEquals("mario", postgres.settings().jdbcUser());
    assertEquals("s3cret", postgres.settings().jdbcPassword());
    assertEquals(500, postgres.extraOrders());
    assertEquals(4, postgres.settings().deliveryThreads());
    assertEquals(0, postgres.settings().emailDownAttempts());
    assertEquals(StorageKind.IN_MEMORY, Arguments.parse("--in-memory").settings().storage());
  }

  @Test
  void aBadArgumentIsNamed() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--oders=5"))
            .getMessage()
            .startsWith("Unknown argument '--oders=5'"));
    assertEquals(
        "--orders takes a whole number, was 'many'",
        assertThrows(IllegalArgumentException.class, () -> Arguments.parse("--orders=many"))
            .getMessage());
    assertEquals(
        "--in-memory and --jdbc-url exclude each other",
        assertThrows(
                IllegalArgumentException.class,
                () -> Arguments.parse("--in-memory", "--jdbc-url=jdbc:h2:mem:x"))
            .getMessage());
  }
}
