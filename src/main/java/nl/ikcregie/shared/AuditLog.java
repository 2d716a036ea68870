package nl.ikcregie.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Records changes in the caller's transaction and reads them back as history. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public void created(String entityType, long entityId, String details) {
        record(entityType, entityId, "AANGEMAAKT", null, null, null, details);
    }

    public void changed(String entityType, long entityId, String details) {
        record(entityType, entityId, "GEWIJZIGD", null, null, null, details);
    }

    /** Records an action by the caller, or by "systeem" when no one is signed in (start-up jobs). */
    public void record(String entityType, long entityId, String action, String fromState, String toState,
            String reason, String details) {
        recordAs(caller.isAnonymous() ? "systeem" : caller.username(), entityType, entityId, action, fromState, toState,
                reason, details);
    }

    /**
     * Records an action of a named actor, for what happens before anyone is signed in (a sign-in, a
     * refused one) or outside a request (a denied access, recorded after the answer went out).
     */
    public void recordAs(String actor, String entityType, long entityId, String action, String fromState,
            String toState, String reason, String details) {
        recordAsOf(clock.instant(), actor, entityType, entityId, action, fromState, toState, reason, details);
    }

    /** Records what happened at {@code occurredAt}, for events written a moment after they happened (in a batch). */
    public void recordAsOf(Instant occurredAt, String actor, String entityType, long entityId, String action,
            String fromState, String toState, String reason, String details) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = occurredAt;
        event.actor = actor.length() > 100 ? actor.substring(0, 100) : actor;
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.fromState = fromState;
        event.toState = toState;
        event.reason = reason;
        event.details = details;
        event.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(String entityType, long entityId) {
        return AuditEvent.history(entityType, entityId);
    }
}
