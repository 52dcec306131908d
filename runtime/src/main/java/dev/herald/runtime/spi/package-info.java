/**
 * The service-provider interface of the bus, for storage and broker modules rather than
 * applications: a {@link dev.herald.runtime.spi.CommitStep} writes a unit of work's events in the
 * application's transaction, a {@link dev.herald.runtime.spi.DeliveryStore} records the fate of
 * each delivery, and the {@link dev.herald.runtime.spi.DeliveryPort} takes deliveries that a relay
 * recovered or a consumer received, through the bus's own routing.
 */
package dev.herald.runtime.spi;
