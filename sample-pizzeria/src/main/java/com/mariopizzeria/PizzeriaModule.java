package com.mariopizzeria;

import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.kitchen.KitchenDisplay;
import com.mariopizzeria.loyalty.LoyaltyAccounts;
import com.mariopizzeria.notifications.ConsoleEmailSender;
import com.mariopizzeria.notifications.CustomerNotifications;
import com.mariopizzeria.notifications.EmailSender;
import com.mariopizzeria.orders.OrderRepository;
import com.mariopizzeria.receipts.Receipts;
import com.mariopizzeria.storage.InMemoryStorage;
import com.mariopizzeria.storage.JdbcStorage;
import com.mariopizzeria.storage.Storage;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.Multibinds;
import dev.herald.jdbc.LiveTables;
import dev.herald.kafka.bus.KafkaBusPublishing;
import dev.herald.kafka.publish.KafkaIntegrationPublisher;
import dev.herald.runtime.EventBus;
import dev.herald.runtime.RetryPolicy;
import dev.herald.runtime.generated.EventCodec;
import dev.herald.runtime.generated.HandlerTable;
import dev.herald.runtime.spi.CommitStep;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-written part of the pizzeria's graph: the one place the {@link EventBus} is built (from
 * every generated {@code Set<HandlerTable>}), the storage chosen by the settings, the Kafka
 * publisher when the settings name a broker, and the bindings of the interfaces handlers ask for.
 */
@Module
public abstract class PizzeriaModule {

  /** Retries fast enough for a demo: the mail server is back within a second. */
  static final RetryPolicy EMAIL_RETRIES =
      RetryPolicy.of(6, Duration.ofMillis(50), Duration.ofSeconds(1));

  /** A printer without paper stays without paper: three quick attempts, then the dead letters. */
  static final RetryPolicy RECEIPT_RETRIES =
      RetryPolicy.of(3, Duration.ofMillis(20), Duration.ofMillis(100));

  static final RetryPolicy DEFAULT_RETRIES =
      RetryPolicy.of(5, Duration.ofMillis(20), Duration.ofSeconds(2));

  private PizzeriaModule() {}

  /**
   * The codecs of the modules whose events the outbox stores; empty until a module contributes one.
   */
  @Multibinds
  abstract Set<EventCodec> eventCodecs();

  @Binds
  abstract EmailSender emailSender(ConsoleEmailSender sender);

  @Binds
  abstract KitchenDisplay kitchenDisplay(Journal journal);

  @Provides
  @Singleton
  static Storage storage(PizzeriaSettings settings, Set<EventCodec> codecs) {
    return switch (settings.storage()) {
      case IN_MEMORY -> new InMemoryStorage();
      case JDBC -> {
        JdbcStorage storage = JdbcStorage.open(settings, codecs);
        settings.observability().bind(storage.outbox());
        yield storage;
      }
    };
  }

  @Provides
  static OrderRepository orderRepository(Storage storage) {
    return storage.orders();
  }

  @Provides
  static LoyaltyAccounts loyaltyAccounts(Storage storage) {
    return storage.loyaltyAccounts();
  }

  @Provides
  static CommitStep eventsOnlyCommitStep(Storage storage) {
    return storage.eventsOnly();
  }

  /**
   * Publishes the integration events of every module's codec (OrderConfirmed, OrderReady,
   * OrderDelivered) to Kafka, when {@code --kafka} named a broker; empty otherwise.
   */
  @Provides
  @Singleton
  static Optional<KafkaIntegrationPublisher> kafkaPublisher(
      PizzeriaSettings settings, Set<EventCodec> codecs) {
    if (settings.kafkaBootstrap() == null) {
      return Optional.empty();
    }
    KafkaIntegrationPublisher publisher =
        settings
            .observability()
            .instrument(
                KafkaIntegrationPublisher.builder(
                    settings.kafkaBootstrap(), codecs.toArray(EventCodec[]::new)))
            .build();
    settings.observability().bind(publisher);
    return Optional.of(publisher);
  }

  /**
   * The bus of the whole application. The Kafka publisher is one more after-commit subscriber per
   * integration event type: retried, dead-lettered and, with the JDBC storage, in the outbox. The
   * bus does not deliver to {@link SalesReport}: the report is rebuilt from the stored events.
   */
  @Provides
  @Singleton
  static EventBus eventBus(
      PizzeriaSettings settings,
      Set<HandlerTable> tables,
      Storage storage,
      DeliveryThreads threads,
      DeliveryCounter counter,
      Optional<KafkaIntegrationPublisher> kafka) {
    EventBus.Builder builder =
        settings
            .observability()
            .instrument(EventBus.builder(LiveTables.without(tables, SalesReport.class)));
    kafka.ifPresent(publisher -> KafkaBusPublishing.subscribe(builder, publisher));
    EventBus bus =
        builder
            .deliveryStore(storage.deliveryStore())
            .executor(threads.executor())
            .retryPolicy(DEFAULT_RETRIES)
            .retryPolicy(CustomerNotifications.class, EMAIL_RETRIES)
            .retryPolicy(Receipts.class, RECEIPT_RETRIES)
            .listener(counter)
            .build();
    storage.start(bus);
    return bus;
  }
}
