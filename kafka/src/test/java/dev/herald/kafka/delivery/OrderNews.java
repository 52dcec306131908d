package dev.herald.kafka.delivery;

/** An interface service B's events implement, so that one handler can take all of them. */
public interface OrderNews {

  String orderId();
}
