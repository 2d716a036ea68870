package nl.ikcregie.application;

import java.time.Instant;

/**
 * An application moved from one status to another. Fired within the transaction that made the change,
 * so an observer that writes (the ZGW outbox) commits or rolls back with it; {@code from} is null never:
 * a draft's creation is no status change.
 */
public record ApplicationStatusChanged(long applicationId, ApplicationStatus from, ApplicationStatus to, Instant at) {
}
