package com.mariopizzeria;

import com.mariopizzeria.analytics.SalesAnalytics;
import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.inventory.Stock;
import com.mariopizzeria.kitchen.Cook;
import com.mariopizzeria.kitchen.KitchenHeraldModule;
import com.mariopizzeria.kitchen.TicketQueue;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.loyalty.LoyaltyService;
import com.mariopizzeria.notifications.ConsoleEmailSender;
import com.mariopizzeria.orders.OrderService;
import com.mariopizzeria.receipts.ReceiptPrinter;
import com.mariopizzeria.storage.Storage;
import dagger.BindsInstance;
import dagger.Component;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.generated.HandlerTable;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * The pizzeria's object graph: the generated modules of both Maven modules ({@link
 * PizzeriaHeraldModule}, {@link KitchenHeraldModule}) contribute their handler tables, and {@link
 * PizzeriaModule} builds the bus over all of them.
 */
@Singleton
@Component(modules = {PizzeriaHeraldModule.class, KitchenHeraldModule.class, PizzeriaModule.class})
public interface PizzeriaComponent extends AutoCloseable {

  /** Creates the graph for the given settings. */
  @Component.Factory
  interface Factory {
    PizzeriaComponent create(@BindsInstance PizzeriaSettings settings);
  }

  /** Every generated handler table: one per Maven module that has handlers. */
  Set<HandlerTable> handlerTables();

  EventBus bus();

  Storage storage();

  /** The Kafka publisher, when the settings name a broker. */
  Optional<KafkaIntegrationPublisher> kafkaPublisher();

  DeliveryThreads deliveryThreads();

  OrderService orders();

  LoyaltyService loyalty();

  LoyaltyAccounts loyaltyAccounts();

  Cook cook();

  TicketQueue tickets();

  Stock stock();

  ConsoleEmailSender emails();

  SalesAnalytics analytics();

  /** The day's sales report, rebuilt by replay at closing time; the bus never delivers to it. */
  SalesReport salesReport();

  ReceiptPrinter printer();

  Journal journal();

  DeliveryCounter deliveries();

  /**
   * Drains the bus (publishing to Kafka included), then closes the publisher, the relay, the
   * database and the delivery threads.
   */
  @Override
  default void close() {
    bus().shutdown(java.time.Duration.ofSeconds(10));
    kafkaPublisher().ifPresent(KafkaIntegrationPublisher::close);
    storage().close();
    deliveryThreads().close();
  }
}
