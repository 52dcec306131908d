package com.mariopizzeria.delivery;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the delivery app until Ctrl-C: {@code mvn -q -pl sample-delivery-app -am compile
 * exec:java@delivery-app -Dexec.args="--kafka=localhost:9092"} (the default address).
 */
public final class DeliveryApp {

  private DeliveryApp() {}

  public static void main(String[] args) throws InterruptedException {
    String bootstrap = "localhost:9092";
    for (String arg : args) {
      if (arg.startsWith("--kafka=") && arg.length() > "--kafka=".length()) {
        bootstrap = arg.substring("--kafka=".length());
      } else {
        System.err.println(
            "Unknown argument '" + arg + "'; known: --kafka=BOOTSTRAP (default localhost:9092)");
        return;
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    DeliveryService service = DeliveryService.start(bootstrap, System.out);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "delivery-app-stop"));
    System.out.println(
        "delivery app: reading "
            + DeliveryService.TOPIC
            + " at "
            + bootstrap
            + " as consumer group "
            + DeliveryService.GROUP_ID
            + "; stop with Ctrl-C");
    stopped.await();
  }
}
