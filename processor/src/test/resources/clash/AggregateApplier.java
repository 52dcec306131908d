package clash;

import dev.herald.DomainEvent;
import dev.herald.Upcasts;

/**
 * A ledger's events, named like the interface every generated applier implements; one of them has
 * an older version whose upcaster is named like the codec's upcast method, so the codec has one.
 */
public sealed interface AggregateApplier permits AggregateApplier.Credited, AggregateApplier.Debited {

  @DomainEvent(name = "clash.credited", version = 2)
  record Credited(long at, long amount) implements AggregateApplier {}

  @DomainEvent(name = "clash.credited")
  record CreditedV1(long at) {
    @Upcasts
    static Credited upcast(CreditedV1 value) {
      return new Credited(value.at(), value.at());
    }
  }

  @DomainEvent
  record Debited(long at) implements AggregateApplier {}
}
