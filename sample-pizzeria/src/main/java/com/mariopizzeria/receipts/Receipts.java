package com.mariopizzeria.receipts;

import com.mariopizzeria.Journal;
import com.mariopizzeria.Money;
import com.mariopizzeria.orders.OrderDelivered;
import dev.herald.Handles;
import jakarta.inject.Inject;

/**
 * Prints a receipt for each delivered order. Out of paper, every retry fails the same way, so the
 * delivery ends in the dead letters until the printer is refilled and the delivery redriven.
 */
public final class Receipts {

  private final ReceiptPrinter printer;
  private final Journal journal;

  @Inject
  public Receipts(ReceiptPrinter printer, Journal journal) {
    this.printer = printer;
    this.journal = journal;
  }

  @Handles
  public void delivered(OrderDelivered event) {
    try {
      printer.print(
          event.orderId() + " " + event.customerName() + " " + Money.euros(event.totalCents()));
    } catch (OutOfPaperException outOfPaper) {
      journal.say("receipts", "cannot print " + event.orderId() + ": " + outOfPaper.getMessage());
      throw outOfPaper;
    }
    journal.say("receipts", "printed " + event.orderId() + ", " + Money.euros(event.totalCents()));
  }
}
