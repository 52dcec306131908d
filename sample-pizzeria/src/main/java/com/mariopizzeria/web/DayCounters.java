package com.mariopizzeria.web;

import java.util.EnumMap;
import java.util.Map;

/**
 * The day's figures as the board shows them, kept from the tickets' changes rather than from the
 * events, so that an event delivered twice counts once.
 *
 * @param tickets how many tickets are in each state
 * @param pizzas pizzas of orders not cancelled
 * @param revenueCents the totals of orders not cancelled
 */
public record DayCounters(Map<TicketState, Integer> tickets, int pizzas, long revenueCents) {

  public DayCounters {
    tickets = Map.copyOf(tickets);
  }

  /** How many tickets are in the state. */
  public int count(TicketState state) {
    return tickets.getOrDefault(state, 0);
  }

  /** The running figures the board keeps: a ticket is added as it enters, removed as it leaves. */
  static final class Tally {
    private final int[] byState = new int[TicketState.values().length];
    private int pizzas;
    private long revenueCents;

    /** Counts the card in ({@code +1}) or out ({@code -1}). */
    void count(TicketCard card, int sign) {
      byState[card.state().ordinal()] += sign;
      if (card.state() != TicketState.CANCELLED) {
        pizzas += sign * card.pizzas().size();
        revenueCents += sign * card.totalCents();
      }
    }

    DayCounters counters() {
      Map<TicketState, Integer> tickets = new EnumMap<>(TicketState.class);
      for (TicketState state : TicketState.values()) {
        tickets.put(state, byState[state.ordinal()]);
      }
      return new DayCounters(tickets, pizzas, revenueCents);
    }
  }
}
