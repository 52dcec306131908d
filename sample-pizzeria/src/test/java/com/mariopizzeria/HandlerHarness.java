package com.mariopizzeria;

import com.mariopizzeria.analytics.SalesAnalytics;
import com.mariopizzeria.analytics.SalesReport;
import com.mariopizzeria.inventory.Inventory;
import com.mariopizzeria.inventory.Stock;
import com.mariopizzeria.inventory.StockCheck;
import com.mariopizzeria.kitchen.Cook;
import com.mariopizzeria.kitchen.KitchenHandlerTable;
import com.mariopizzeria.kitchen.TicketQueue;
import com.mariopizzeria.loyalty.LoyaltyProgram;
import com.mariopizzeria.loyalty.LoyaltyService;
import com.mariopizzeria.notifications.ConsoleEmailSender;
import com.mariopizzeria.notifications.CustomerNotifications;
import com.mariopizzeria.orders.KitchenProgress;
import com.mariopizzeria.orders.OrderService;
import com.mariopizzeria.receipts.ReceiptPrinter;
import com.mariopizzeria.receipts.Receipts;
import com.mariopizzeria.storage.InMemoryLoyaltyAccounts;
import com.mariopizzeria.storage.InMemoryOrderRepository;
import dev.herald.jdbc.LiveTables;
import dev.herald.runtime.RetryPolicy;
import dev.herald.test.HeraldTestBus;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The handlers of both modules over herald-test's {@link HeraldTestBus}, built by hand through the
 * generated tables' constructors, with in-memory orders and loyalty accounts: what a handler test
 * needs, without Dagger.
 */
final class HandlerHarness implements AutoCloseable {

  final Journal journal;
  final Stock stock = new Stock();
  final ConsoleEmailSender emails;
  final SalesAnalytics analytics;
  final ReceiptPrinter printer;
  final TicketQueue tickets;
  final InMemoryOrderRepository repository = new InMemoryOrderRepository();
  final HeraldTestBus test;
  final OrderService orders;
  final Cook cook;
  final InMemoryLoyaltyAccounts loyaltyAccounts = new InMemoryLoyaltyAccounts(events -> {});
  final LoyaltyService loyalty;

  HandlerHarness(int emailDownAttempts, int receiptPaper) {
    PizzeriaSettings settings =
        new PizzeriaSettings(
            PizzeriaSettings.StorageKind.IN_MEMORY,
            null,
            "sa",
            "",
            emailDownAttempts,
            receiptPaper,
            1,
            new PrintStream(OutputStream.nullOutputStream()));
    journal = new Journal(settings);
    emails = new ConsoleEmailSender(journal, settings);
    analytics = new SalesAnalytics(journal);
    printer = new ReceiptPrinter(settings);
    tickets = new TicketQueue(journal);
    AtomicReference<OrderService> service = new AtomicReference<>();
    AtomicReference<LoyaltyService> loyaltyService = new AtomicReference<>();
    PizzeriaHandlerTable pizzeria =
        new PizzeriaHandlerTable(
            () -> analytics,
            () -> {
              throw new AssertionError("SalesReport is rebuilt by replay, never delivered live");
            },
            () -> new Inventory(stock, journal),
            () -> new StockCheck(stock, journal),
            () -> new LoyaltyProgram(loyaltyService.get(), journal),
            () -> new CustomerNotifications(emails),
            () -> new KitchenProgress(service.get(), journal),
            () -> new Receipts(printer, journal));
    KitchenHandlerTable kitchen = new KitchenHandlerTable(() -> tickets);
    test =
        HeraldTestBus.builder(LiveTables.without(List.of(pizzeria, kitchen), SalesReport.class))
            .configure(
                bus ->
                    bus.retryPolicy(RetryPolicy.of(5, Duration.ofMillis(5), Duration.ofMillis(50)))
                        .retryPolicy(
                            Receipts.class,
                            RetryPolicy.of(2, Duration.ofMillis(5), Duration.ofMillis(5))))
            .build();
    orders = new OrderService(test.bus(), repository);
    service.set(orders);
    loyalty = new LoyaltyService(test.bus(), loyaltyAccounts);
    loyaltyService.set(loyalty);
    cook = new Cook(tickets, test.bus(), events -> {}, journal);
  }

  @Override
  public void close() {
    test.close();
  }
}
