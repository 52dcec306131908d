package dev.herald.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceContextTest {

  private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void acceptsOnlyWellFormedTraceparents() {
    assertTrue(TraceContext.isValid(VALID));
    assertFalse(TraceContext.isValid(null));
    assertFalse(TraceContext.isValid(VALID.toUpperCase()));
    assertFalse(TraceContext.isValid("00-00000000000000000000000000000000-00f067aa0ba902b7-01"));
    assertFalse(TraceContext.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"));
    assertFalse(TraceContext.isValid("ff" + VALID.substring(2)));
    assertFalse(TraceContext.isValid(VALID + "-extra"));
    assertTrue(TraceContext.isValid("01" + VALID.substring(2) + "-extra"));
    assertFalse(TraceContext.isValid(VALID.substring(1)));
  }

  @Test
  void scopesNestAndRestore() {
    ThreadLocalTraceContext context = new ThreadLocalTraceContext();
    try (ThreadLocalTraceContext.Scope outer = context.open("outer")) {
      try (ThreadLocalTraceContext.Scope inner = context.open("inner")) {
        assertEquals("inner", context.traceparent());
      }
      assertEquals("outer", context.traceparent());
    }
    assertNull(context.traceparent());
  }
}
