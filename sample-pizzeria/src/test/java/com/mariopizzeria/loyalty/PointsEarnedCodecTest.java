package com.mariopizzeria.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mariopizzeria.PizzeriaEventCodec;
import org.junit.jupiter.api.Test;

/**
 * The generated codec reads the old till's shape of {@code PointsEarned} as the current record; the
 * stores' own tests are {@code storage/*LoyaltyAccountsTest}.
 */
class PointsEarnedCodecTest {

  @Test
  void theCodecUpcastsTheOldShapeToTheCurrentOne() {
    PizzeriaEventCodec codec = new PizzeriaEventCodec();
    String oldTill = "{\"customer\":\"luigi@example.com\",\"points\":50}";

    Object read = codec.decode("com.mariopizzeria.loyalty.points-earned", oldTill);

    assertEquals(new PointsEarned("luigi@example.com", PointsEarnedV1.OLD_TILL, 50), read);
    assertEquals("com.mariopizzeria.loyalty.points-earned.v2", codec.typeName(PointsEarned.class));
    assertEquals("com.mariopizzeria.loyalty.points-earned", codec.typeName(PointsEarnedV1.class));
  }
}
