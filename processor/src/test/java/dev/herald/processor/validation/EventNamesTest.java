package dev.herald.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventNamesTest {

  @Test
  void anImperativeVerbFirstReadsAsACommand() {
    assertEquals(Optional.of("Send"), EventNames.commandVerb("SendEmail"));
    assertEquals(Optional.of("Update"), EventNames.commandVerb("UpdateInventoryCommand"));
    assertEquals(Optional.of("Place"), EventNames.commandVerb("PlaceOrder"));
  }

  @Test
  void aPastTenseEndOrANounFirstReadsAsAFact() {
    assertEquals(Optional.empty(), EventNames.commandVerb("SendEmailFailed"));
    assertEquals(Optional.empty(), EventNames.commandVerb("OrderPlaced"));
    assertEquals(Optional.empty(), EventNames.commandVerb("ShipmentDispatched"));
    assertEquals(Optional.empty(), EventNames.commandVerb("PaymentSent"));
    assertEquals(Optional.empty(), EventNames.commandVerb("Send"));
  }

  @Test
  void aSubjectWithOnlyAChangeVerbIsGeneric() {
    assertEquals(Optional.of("changed"), EventNames.genericChange("OrderChanged"));
    assertEquals(Optional.of("updated"), EventNames.genericChange("OrderUpdated"));
    assertEquals(Optional.of("updated"), EventNames.genericChange("CustomerDataUpdated"));
  }

  @Test
  void aChangeThatNamesWhatChangedIsSpecific() {
    assertEquals(Optional.empty(), EventNames.genericChange("OrderAddressChanged"));
    assertEquals(Optional.empty(), EventNames.genericChange("OrderCancelled"));
  }

  @Test
  void splitsCamelCaseWithAcronyms() {
    assertEquals(List.of("Order", "HTTP", "Failed"), EventNames.words("OrderHTTPFailed"));
  }
}
