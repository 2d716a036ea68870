package nl.ikcregie.zgw;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import nl.ikcregie.application.ApplicationStatus;

/** Registrations stored directly, for tests of the beheerder's view while the registration is off. */
public final class ZgwFixtures {

    private ZgwFixtures() {
    }

    /** A status registration of the application that gave up after its attempts, with the last error. */
    public static long failedRegistration(long applicationId, String error) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            ZgwOutbox row = new ZgwOutbox();
            row.applicationId = applicationId;
            row.kind = RegistrationKind.STATUS;
            row.rank = RegistrationKind.STATUS.rank();
            row.applicationStatus = ApplicationStatus.INGEDIEND;
            row.statusAt = now;
            row.state = RegistrationState.MISLUKT;
            row.attempts = 20;
            row.lastAttemptAt = now;
            row.lastError = error;
            row.nextAttemptAt = now;
            row.createdAt = now;
            row.createdBy = "aanvrager-proloog";
            row.persist();
            row.batchId = row.id;
            return row.id;
        });
    }
}
