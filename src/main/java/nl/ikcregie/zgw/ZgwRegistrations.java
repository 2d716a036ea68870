package nl.ikcregie.zgw;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.ApplicationStatusChanged;
import nl.ikcregie.application.CaseFileQuery;
import nl.ikcregie.decision.DecisionLetterQuery;
import nl.ikcregie.decision.DecisionRecorded;
import nl.ikcregie.report.SettlementLetterQuery;
import nl.ikcregie.report.SettlementRecorded;
import nl.ikcregie.shared.Caller;

/**
 * Writes what the zaaksysteem must learn into the outbox, in the transaction of the change itself (a
 * transactional outbox: the registration commits with the change or not at all, and survives a crash
 * between the commit and the sending); after the commit it wakes the worker, which sends it. With the
 * registration off nothing is written. An application is registered from its first submission with
 * the registration on; what happens later to one submitted before is not sent.
 */
@ApplicationScoped
public class ZgwRegistrations {

    /** The statuses that end the zaak: a resultaat, then a final status. */
    static final Set<ApplicationStatus> FINAL = EnumSet.of(ApplicationStatus.AFGEWEZEN, ApplicationStatus.INGETROKKEN,
            ApplicationStatus.VASTGESTELD);

    @Inject
    ZgwSettings settings;

    @Inject
    Clock clock;

    @Inject
    CaseFileQuery caseFiles;

    @Inject
    DecisionLetterQuery decisions;

    @Inject
    SettlementLetterQuery settlements;

    @Inject
    OutboxBatches batches;

    @Inject
    ZgwWorker worker;

    void onStatusChanged(@Observes ApplicationStatusChanged change) {
        if (!settings.enabled()) {
            return;
        }
        long application = change.applicationId();
        boolean firstSubmission = change.from() == ApplicationStatus.CONCEPT;
        if (!firstSubmission && !ZgwOutbox.registered(application)) {
            Log.debugf("Application %d was submitted before the ZGW registration was on; %s not registered", application,
                    change.to());
            return;
        }
        if (firstSubmission) {
            add(application, RegistrationKind.ZAAK, RegistrationKind.ZAAK.rank());
        }
        if (change.to() == ApplicationStatus.INGEDIEND) {
            ZgwOutbox documents = add(application, RegistrationKind.DOCUMENTEN, RegistrationKind.DOCUMENTEN.rank());
            documents.sequenceNumber = (int) ZgwOutbox.submissions(application);
            documents.statusAt = change.at();
            // the application as submitted now: a later completion may change it before this is sent
            documents.content = caseFiles.applicationPdf(application);
        }
        if (FINAL.contains(change.to())) {
            ZgwOutbox result = add(application, RegistrationKind.RESULTAAT, RegistrationKind.RESULTAAT.rank());
            result.applicationStatus = change.to();
            result.statusAt = change.at();
        }
        ZgwOutbox status = add(application, RegistrationKind.STATUS,
                FINAL.contains(change.to()) ? RegistrationKind.FINAL_RANK : RegistrationKind.STATUS.rank());
        status.applicationStatus = change.to();
        status.statusAt = change.at();
    }

    void onDecision(@Observes DecisionRecorded recorded) {
        if (!settings.enabled()) {
            return;
        }
        decisions.letter(recorded.decisionId()).filter(d -> ZgwOutbox.registered(d.applicationId())).ifPresent(
                d -> add(d.applicationId(), RegistrationKind.BESLUIT, RegistrationKind.BESLUIT.rank()).sourceId = d.decisionId());
    }

    void onSettlement(@Observes SettlementRecorded recorded) {
        if (!settings.enabled()) {
            return;
        }
        settlements.letter(recorded.settlementId()).filter(s -> ZgwOutbox.registered(s.applicationId())).ifPresent(
                s -> add(s.applicationId(), RegistrationKind.VASTSTELLING, RegistrationKind.VASTSTELLING.rank()).sourceId = s
                        .settlementId());
    }

    void afterStatusChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApplicationStatusChanged change) {
        wake();
    }

    void afterDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) DecisionRecorded recorded) {
        wake();
    }

    void afterSettlement(@Observes(during = TransactionPhase.AFTER_SUCCESS) SettlementRecorded recorded) {
        wake();
    }

    private void wake() {
        if (settings.enabled()) {
            worker.wake();
        }
    }

    private ZgwOutbox add(long applicationId, RegistrationKind kind, int rank) {
        Instant now = clock.instant();
        ZgwOutbox row = new ZgwOutbox();
        row.applicationId = applicationId;
        row.kind = kind;
        row.rank = rank;
        row.batchId = 0;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.createdBy = who();
        row.persist();
        // IDENTITY: the row is inserted and has its id; the first row of this transaction names the batch
        Long batch = batches.batchOf(applicationId);
        if (batch == null) {
            batches.start(applicationId, row.id);
            batch = row.id;
        }
        row.batchId = batch;
        return row;
    }

    private static String who() {
        if (Arc.container().requestContext().isActive()) {
            Caller caller = Arc.container().instance(Caller.class).get();
            if (!caller.isAnonymous()) {
                return caller.username();
            }
        }
        return "systeem";
    }
}
