package nl.ikcregie.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The application feature's door for the zaaksysteem registration: the case file of a submitted
 * application, its PDF and its attachments' content. System work without a caller (the registration
 * runs after the request that caused it): it never leaves the product except to the configured
 * zaaksysteem.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseFileQuery {

    @Inject
    ApplicationDocument document;

    @Inject
    Clock clock;

    /** The case file of a submitted application; empty for an unknown application or a draft. */
    public Optional<CaseFile> caseFile(long applicationId) {
        SubsidyApplication application = SubsidyApplication.findById(applicationId);
        if (application == null || application.submittedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new CaseFile(application.id, application.reference, application.round.title,
                application.round.year, application.ikc.name, application.ikc.schoolBoard.name,
                application.ikc.schoolBoard.kvkNumber, application.ikc.schoolBoard.rsin, application.submittedAt,
                application.decisionDeadline(LocalDate.now(clock)), application.openCompletionRequest().isPresent(),
                application.status, application.attachments.stream().map(a -> new CaseFile.Attachment(a.id,
                        a.filename, a.sizeBytes, a.uploadedAt, a.uploadedBy)).toList()));
    }

    /** The references (kenmerken) of these applications, by id, in one query: for lists of registrations. */
    public java.util.Map<Long, String> references(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> references = new java.util.HashMap<>();
        SubsidyApplication.getEntityManager().createQuery("select a.id, a.reference from SubsidyApplication a where a.id in ?1",
                Object[].class).setParameter(1, applicationIds).getResultList()
                .forEach(row -> references.put((Long) row[0], (String) row[1]));
        return references;
    }

    /** The application as it is now, as PDF (the document of a submission). */
    public byte[] applicationPdf(long applicationId) {
        return document.pdf(SubsidyApplication.findById(applicationId));
    }

    /** The content of an attachment of the application; empty when it was removed since. */
    public Optional<byte[]> attachmentContent(long applicationId, long attachmentId) {
        return ApplicationAttachment.<ApplicationAttachment>findByIdOptional(attachmentId)
                .filter(a -> a.application.id == applicationId).map(a -> a.content);
    }
}
