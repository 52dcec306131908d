package dev.herald.jdbc;

import java.time.Instant;
import java.util.UUID;

/**
 * An event a projection tracker parked and went on without: its projection failed on it through
 * every attempt, or it could not be read (an unknown type or version, a corrupted row).
 *
 * @param trackerId the tracker that parked it
 * @param position the event's position in the events table ({@code stored_order})
 * @param eventId the event's id, or null when the stored id is unreadable
 * @param typeName the stored type name
 * @param attempts how many times the projection was called with it (0 when it could not be read)
 * @param failureType the class of the last failure
 * @param failure the last failure's message
 * @param deadLetteredAt when it was parked
 */
public record ProjectionDeadLetter(
    String trackerId,
    long position,
    UUID eventId,
    String typeName,
    int attempts,
    String failureType,
    String failure,
    Instant deadLetteredAt) {}
