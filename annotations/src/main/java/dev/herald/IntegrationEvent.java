package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public record as an integration event: it leaves the service as a CloudEvent whose {@code
 * type} attribute is {@link #type()} + {@code ".v"} + {@link #version()}, and it is also a domain
 * event for handlers inside the service.
 *
 * <pre>{@code
 * @IntegrationEvent(type = "com.mariopizzeria.order.confirmed", version = 1,
 *     source = "mario-pizzeria/orders")
 * public record OrderConfirmed(String orderId, String customerId, long totalCents) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IntegrationEvent {

  /**
   * The CloudEvents type without its version, in reverse-DNS form, e.g. {@code
   * com.example.order.confirmed}.
   */
  String type();

  /**
   * The version of this event's contract, from 1; a change that breaks consumers needs a new
   * version.
   */
  int version() default 1;

  /**
   * The CloudEvents {@code source}: a URI reference naming the publishing service, e.g. {@code
   * mario-pizzeria/orders}.
   */
  String source();
}
