package com.mariopizzeria.receipts;

import com.mariopizzeria.PizzeriaSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The counter's printer, loaded with {@link PizzeriaSettings#receiptPaper()} sheets. */
@Singleton
public final class ReceiptPrinter {

  private final List<String> printed = new ArrayList<>();
  private int sheets;

  @Inject
  public ReceiptPrinter(PizzeriaSettings settings) {
    this.sheets = settings.receiptPaper();
  }

  /** Prints one receipt on one sheet. */
  public synchronized void print(String receipt) {
    if (sheets == 0) {
      throw new OutOfPaperException("receipt printer is out of paper");
    }
    sheets--;
    printed.add(receipt);
  }

  /** Someone put a new roll in. */
  public synchronized void refill(int sheets) {
    this.sheets += sheets;
  }

  public synchronized List<String> printed() {
    return List.copyOf(printed);
  }
}
