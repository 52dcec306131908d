package com.mariopizzeria.storage;

import com.mariopizzeria.orders.Order;
import com.mariopizzeria.orders.OrderRepository;
import com.mariopizzeria.orders.OrderSnapshot;
import dev.herald.runtime.spi.CommitStep;
import java.util.ConcurrentModificationException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Orders as snapshots in a map: the embedded default, with the same optimistic check as the
 * database.
 */
public final class InMemoryOrderRepository implements OrderRepository {

  private final ConcurrentMap<String, OrderSnapshot> snapshots = new ConcurrentHashMap<>();

  @Override
  public Optional<Order> find(String orderId) {
    return Optional.ofNullable(snapshots.get(orderId)).map(Order::restore);
  }

  @Override
  public CommitStep saving(Order order) {
    return events -> save(order.snapshot(), order.committedVersion());
  }

  private void save(OrderSnapshot snapshot, long loadedVersion) {
    snapshots.compute(
        snapshot.id(),
        (id, saved) -> {
          long savedVersion = saved == null ? 0 : saved.version();
          if (savedVersion != loadedVersion) {
            throw new ConcurrentModificationException(
                "Order "
                    + id
                    + " was saved at version "
                    + savedVersion
                    + " since it was loaded at "
                    + loadedVersion);
          }
          return snapshot;
        });
  }

  @Override
  public int count() {
    return snapshots.size();
  }
}
