package clash;

import dev.herald.Applies;
import dev.herald.runtime.EventSourcedAggregate;

/**
 * An event-sourced aggregate whose event type is named like the interface its generated applier
 * implements, with apply methods named like the applier's own.
 */
public final class Ledger extends EventSourcedAggregate<java.lang.String, AggregateApplier> {
  private final java.lang.String id;
  private long balance;

  public Ledger(java.lang.String id) {
    super(new LedgerApplier());
    this.id = id;
  }

  @java.lang.Override
  public java.lang.String id() {
    return id;
  }

  public long balance() {
    return balance;
  }

  public void credit(long amount) {
    raise(new AggregateApplier.Credited(amount, amount));
  }

  public void debit(long amount) {
    raise(new AggregateApplier.Debited(amount));
  }

  @Applies
  void apply(AggregateApplier.Credited event) {
    balance += event.amount();
  }

  @Applies
  void eventType(AggregateApplier.Debited event) {
    balance -= event.at();
  }
}
