package nl.ikcregie.zgw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.CaseFileQuery;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/** The beheerder's view of the registration: what waits, what failed and why, and trying again. */
@ApplicationScoped
@Transactional
public class ZgwAdminService {

    public static final String AUDIT_TYPE = "ZGW_REGISTRATIE";
    /** The rows a page or list shows at most (the oldest first: they block what comes after them). */
    static final int LIMIT = 200;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ZgwSettings settings;

    @Inject
    CaseFileQuery caseFiles;

    @Inject
    ZgwWorker worker;

    /** The registrations in these states, oldest first, with their applications' references. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ZgwRegistratie> list(List<RegistrationState> states) {
        requireBeheerder();
        List<ZgwOutbox> rows = ZgwOutbox.find("state in ?1 order by id", states).page(0, LIMIT).list();
        Map<Long, String> references = caseFiles.references(rows.stream().map(r -> r.applicationId).distinct().toList());
        return rows.stream().map(r -> ZgwRegistratie.of(r, references.get(r.applicationId))).toList();
    }

    /** How many registrations are in each state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<RegistrationState, Long> counts() {
        requireBeheerder();
        Map<RegistrationState, Long> counts = new EnumMap<>(RegistrationState.class);
        for (RegistrationState state : RegistrationState.values()) {
            counts.put(state, 0L);
        }
        ZgwOutbox.getEntityManager().createQuery("select o.state, count(o) from ZgwOutbox o group by o.state", Object[].class)
                .getResultList().forEach(row -> counts.put((RegistrationState) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean enabled() {
        return settings.enabled();
    }

    /** Sends a waiting or failed registration again now, with a fresh count of attempts; recorded in the audit trail. */
    public ZgwRegistratie retry(long id, Long version) {
        requireBeheerder();
        ZgwOutbox row = ZgwOutbox.findById(id);
        if (row == null) {
            throw new NotFoundException("Registratie");
        }
        ConflictException.requireVersion(version, row.version);
        if (row.state == RegistrationState.VERZONDEN) {
            throw new ConflictException("Deze registratie is al verzonden.");
        }
        RegistrationState from = row.state;
        row.state = RegistrationState.WACHTEND;
        row.attempts = 0;
        row.nextAttemptAt = clock.instant();
        audit.record(AUDIT_TYPE, row.id, "OPNIEUW", from.name(), row.state.name(), null,
                row.description() + " van aanvraag " + caseFiles.references(List.of(row.applicationId)).get(row.applicationId)
                        + (row.lastError == null ? "" : "; laatste fout: " + ZgwMessages.cut(row.lastError, 500)));
        ZgwOutbox.getEntityManager().flush();
        return ZgwRegistratie.of(row, caseFiles.references(List.of(row.applicationId)).get(row.applicationId));
    }

    /** After a retry committed: send at once rather than at the next scheduled run. */
    public void sendSoon() {
        if (settings.enabled()) {
            worker.wake();
        }
    }

    private void requireBeheerder() {
        if (!caller.hasRole(Roles.BEHEERDER)) {
            throw new ForbiddenException("Alleen de beheerder ziet en herhaalt de registraties in het zaaksysteem.");
        }
    }
}
