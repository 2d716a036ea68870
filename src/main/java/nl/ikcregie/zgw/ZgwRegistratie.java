package nl.ikcregie.zgw;

import java.time.Instant;

/** A registration in the zaaksysteem as the JSON API shows it to the beheerder. */
public record ZgwRegistratie(long id, long aanvraagId, String kenmerk, RegistrationKind soort, String omschrijving,
        RegistrationState status, int pogingen, Instant volgendePoging, Instant laatstePoging, String laatsteFout,
        Instant aangemaaktOp, String aangemaaktDoor, Instant verzondenOp, long versie) {

    static ZgwRegistratie of(ZgwOutbox row, String reference) {
        return new ZgwRegistratie(row.id, row.applicationId, reference, row.kind, row.description(), row.state,
                row.attempts, row.state == RegistrationState.WACHTEND ? row.nextAttemptAt : null, row.lastAttemptAt,
                row.lastError, row.createdAt, row.createdBy, row.sentAt, row.version);
    }
}
