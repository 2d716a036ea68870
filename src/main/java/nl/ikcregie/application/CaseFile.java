package nl.ikcregie.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the municipality's zaaksysteem keeps of a submitted application: its reference, round, IKC,
 * the school board that applies (with its KvK number and RSIN), the receipt, the decision term and
 * the attachments. Read by the ZGW registration through {@link CaseFileQuery}.
 */
public record CaseFile(long applicationId, String reference, String roundTitle, int roundYear, String ikcName,
        String schoolBoardName, String schoolBoardKvkNumber, String schoolBoardRsin, Instant receivedAt,
        LocalDate decisionDeadline, boolean suspended, ApplicationStatus status, List<Attachment> attachments) {

    /** An attachment by its id, name and upload. */
    public record Attachment(long id, String filename, long sizeBytes, Instant uploadedAt, String uploadedBy) {
    }
}
