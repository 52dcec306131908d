package shop;

import dev.herald.IntegrationEvent;

@IntegrationEvent(type = "shop.order.confirmed", source = "shop/orders")
public record OrderConfirmed(String orderId) {}
