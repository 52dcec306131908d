package com.mariopizzeria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    assertEquals(Arguments.NO_PAGE, arguments.webPort(), "no page unless asked");
    assertFalse(arguments.runtimeLog());
    assertFalse(arguments.help());
  }

  @Test
  void kafkaIsKeptWhateverTheStorage() {
    assertEquals(
        "localhost:9092", Arguments.parse("--kafka=localhost:9092").settings().kafkaBootstrap());
    PizzeriaSettings inMemory = Arguments.parse("--kafka=broker:9092", "--in-memory").settings();
    assertEquals(StorageKind.IN_MEMORY, inMemory.storage());
    assertEquals("broker:9092", inMemory.kafkaBootstrap());
    assertEquals("--kafka needs a value: --kafka=...", message("--kafka"));
  }

  @Test
  void webServesThePageOnPort8080OrTheOneNamed() {
    assertEquals(8080, Arguments.parse("--web").webPort());
    assertEquals(9000, Arguments.parse("--web=9000").webPort());
    assertEquals(0, Arguments.parse("--web=0").webPort(), "a free port");
    assertEquals("--web takes a whole number, was 'http'", message("--web=http"));
    assertEquals("--web takes a port up to 65535, was 70000", message("--web=70000"));
    assertEquals("--web must be 0 or more, was -1", message("--web=-1"));
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
            "--email-down=0",
            "--runtime-log");
    assertEquals("jdbc:postgresql://db:5432/pizzeria", postgres.settings().jdbcUrl());
    assertEquals("mario", postgres.settings().jdbcUser());
    assertEquals("s3cret", postgres.settings().jdbcPassword());
    assertEquals(500, postgres.extraOrders());
    assertEquals(4, postgres.settings().deliveryThreads());
    assertEquals(0, postgres.settings().emailDownAttempts());
    assertTrue(postgres.runtimeLog());
    assertEquals(StorageKind.IN_MEMORY, Arguments.parse("--in-memory").settings().storage());
    assertTrue(Arguments.parse("--help").help());
    assertTrue(Arguments.parse("-h").help());
  }

  @Test
  void aBadArgumentIsNamed() {
    assertEquals("Unknown argument '--bogus'", message("--bogus"));
    assertEquals("Unknown argument '--oders=5'", message("--oders=5"));
    assertEquals("--orders takes a whole number, was 'abc'", message("--orders=abc"));
    assertEquals("--orders must be 0 or more, was -5", message("--orders=-5"));
    assertEquals("--threads must be 1 or more, was 0", message("--threads=0"));
    assertEquals("--in-memory takes no value, was 'yes'", message("--in-memory=yes"));
    assertEquals(
        "--in-memory and --jdbc-url exclude each other",
        message("--in-memory", "--jdbc-url=jdbc:h2:mem:x"));
  }

  @Test
  void theUsageNamesEveryArgument() {
    for (String argument :
        new String[] {
          "--in-memory",
          "--jdbc-url=",
          "--user=",
          "--password=",
          "--email-down=",
          "--threads=",
          "--orders=",
          "--kafka=",
          "--web[=PORT]",
          "--runtime-log",
          "--help"
        }) {
      assertTrue(Arguments.USAGE.contains(argument), argument + " is explained");
    }
  }

  private static String message(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> Arguments.parse(args)).getMessage();
  }
}
