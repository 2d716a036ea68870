package nl.ikcregie.zgw;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.CaseFile;
import nl.ikcregie.application.CaseFileQuery;
import nl.ikcregie.decision.DecisionLetter;
import nl.ikcregie.decision.DecisionLetterQuery;
import nl.ikcregie.report.SettlementLetter;
import nl.ikcregie.report.SettlementLetterQuery;
import nl.ikcregie.shared.ClockProducer;

/**
 * Sends one row of the outbox, step by step. Every object it creates is remembered (with its URL) before
 * the next step, and before creating one it looks in the zaaksysteem whether an earlier attempt created
 * it although the answer was lost (the zaak by identificatie and bronorganisatie, a document by
 * identificatie, a status by statustype, moment and explanation, a link by its two ends): a retry never creates
 * anything twice.
 */
@ApplicationScoped
public class ZaakRegistrar {

    @Inject
    ZgwSettings settings;

    @Inject
    ZgwClient client;

    @Inject
    Clock clock;

    @Inject
    CaseFileQuery caseFiles;

    @Inject
    DecisionLetterQuery decisions;

    @Inject
    SettlementLetterQuery settlements;

    /** The row's data, read once at the start of an attempt. */
    record Task(long id, long applicationId, RegistrationKind kind, ApplicationStatus status, Instant statusAt,
            Long sourceId, Integer sequenceNumber) {
    }

    /** Another instance took the row over (this one held it past its lease); this one stops. */
    static class ClaimLost extends RuntimeException {
        ClaimLost(long id) {
            super("Registration " + id + " was taken over by another instance");
        }
    }

    /** Sends the row with this id, held by {@code instance}; throws on any failure (retried later). */
    void register(long id, String instance) {
        Task task = QuarkusTransaction.requiringNew().call(() -> {
            ZgwOutbox row = ZgwOutbox.findById(id);
            return new Task(row.id, row.applicationId, row.kind, row.applicationStatus, row.statusAt, row.sourceId,
                    row.sequenceNumber);
        });
        Step step = new Step(task, instance);
        CaseFile file = read(() -> caseFiles.caseFile(task.applicationId()))
                .orElseThrow(() -> new IllegalStateException("Application " + task.applicationId() + " has no case file"));
        String zaak = zaak(step, file);
        switch (task.kind()) {
            case ZAAK -> {
                // the zaak and its initiator are registered above, by every row
            }
            case STATUS -> status(step, zaak, file);
            case DOCUMENTEN -> submission(step, zaak, file);
            case BESLUIT -> besluit(step, zaak, file);
            case VASTSTELLING -> settlement(step, zaak, file);
            case RESULTAAT -> resultaat(step, zaak);
        }
    }

    // ---- the steps ---------------------------------------------------------------------------------

    /** The zaak and the school board as initiator (the first row does it; later rows find them remembered). */
    private String zaak(Step step, CaseFile file) {
        ZgwMessages.Catalogue catalogue = catalogue();
        String zaken = zaken("zaken");
        String zaak = step.ensure(ObjectKeys.ZAAK,
                () -> first(client.list(zaken, Map.of("identificatie", file.reference(), "bronorganisatie", catalogue.rsin()))),
                () -> client.create(zaken, ZgwMessages.zaak(file, catalogue)));
        step.ensure(ObjectKeys.INITIATOR,
                () -> first(client.list(zaken("rollen"), Map.of("zaak", zaak, "roltype", catalogue.roltypeInitiator()))),
                () -> client.create(zaken("rollen"), ZgwMessages.initiator(zaak, file, catalogue)));
        return zaak;
    }

    private void status(Step step, String zaak, CaseFile file) {
        ApplicationStatus status = step.task.status();
        String statustype = settings.statustype(status).orElseThrow();
        String moment = ZgwMessages.moment(step.task.statusAt());
        step.ensure(ObjectKeys.status(step.task.id()),
                () -> client.list(zaken("statussen"), Map.of("zaak", zaak, "statustype", statustype)).stream()
                        .filter(s -> sameMoment(s.path("datumStatusGezet").asText(), moment)
                                && s.path("statustoelichting").asText().equals(ZgwMessages.statusExplanation(status)))
                        .findFirst()
                        .map(s -> s.path("url").asText()),
                () -> client.create(zaken("statussen"), ZgwMessages.status(zaak, statustype, status, step.task.statusAt())));
        if (!ZgwRegistrations.FINAL.contains(status)) {
            // the suspension while a completion is asked, and the decision term as it stands (idempotent)
            client.patch(zaak, ZgwMessages.suspension(file));
        }
    }

    /** The application as submitted (the n-th time) and every attachment not registered yet. */
    private void submission(Step step, String zaak, CaseFile file) {
        int number = step.task.sequenceNumber() == null ? 1 : step.task.sequenceNumber();
        // the day of this submission (the first, or a completion): when the documents were received
        LocalDate received = LocalDate.ofInstant(step.task.statusAt() == null ? file.receivedAt() : step.task.statusAt(),
                ClockProducer.AMSTERDAM);
        String key = ObjectKeys.submission(number);
        ZgwMessages.Document application = new ZgwMessages.Document(key,
                file.reference() + (number == 1 ? "" : "-A" + (number - 1)),
                number == 1 ? "Aanvraag " + file.reference() + " " + file.ikcName()
                        : "Aanvulling " + (number - 1) + " op aanvraag " + file.reference() + " " + file.ikcName(),
                file.schoolBoardName(), "aanvraag-" + file.reference() + (number == 1 ? "" : "-aanvulling-" + (number - 1))
                        + ".pdf",
                settings.config().informatieobjecttypen().aanvraag().orElseThrow(), received, received, null,
                "Subsidieaanvraag in " + file.roundTitle());
        document(step, zaak, application, () -> read(() -> {
            ZgwOutbox row = ZgwOutbox.findById(step.task.id());
            return row.content != null ? row.content : caseFiles.applicationPdf(file.applicationId());
        }));
        for (CaseFile.Attachment attachment : file.attachments()) {
            ZgwMessages.Document document = new ZgwMessages.Document(ObjectKeys.attachment(attachment.id()),
                    file.reference() + "-BIJLAGE-" + attachment.id(), attachment.filename(), file.schoolBoardName(),
                    attachment.filename(), settings.config().informatieobjecttypen().bijlage().orElseThrow(),
                    LocalDate.ofInstant(attachment.uploadedAt(), ClockProducer.AMSTERDAM), received, null,
                    "Bijlage bij aanvraag " + file.reference());
            document(step, zaak, document, () -> read(() -> caseFiles.attachmentContent(file.applicationId(), attachment.id()))
                    .orElseThrow(() -> new IllegalStateException("Attachment " + attachment.id() + " is gone")));
        }
    }

    private void besluit(Step step, String zaak, CaseFile file) {
        DecisionLetter decision = read(() -> decisions.letter(step.task.sourceId())).orElseThrow();
        ZgwMessages.Catalogue catalogue = catalogue();
        String besluiten = besluiten("besluiten");
        String besluit = step.ensure(ObjectKeys.besluit(decision.decisionId()),
                () -> first(client.list(besluiten, Map.of("identificatie", decision.reference(), "verantwoordelijkeOrganisatie",
                        catalogue.rsin()))),
                () -> client.create(besluiten, ZgwMessages.besluit(zaak, decision, catalogue)));
        ZgwMessages.Document letter = new ZgwMessages.Document(ObjectKeys.decisionLetter(decision.decisionId()),
                decision.reference(), "Beschikking " + decision.reference() + ": " + decision.outcome().label().toLowerCase(),
                ZgwMessages.COLLEGE, decision.filename(),
                settings.config().informatieobjecttypen().beschikking().orElseThrow(), decision.sentOn(), null,
                decision.sentOn(), "Besluit op aanvraag " + file.reference());
        String document = document(step, zaak, letter, () -> read(() -> decisions.pdf(decision.decisionId())));
        String links = besluiten("besluitinformatieobjecten");
        step.ensure(ObjectKeys.besluitDocument(decision.decisionId()),
                () -> first(client.list(links, Map.of("besluit", besluit, "informatieobject", document))),
                () -> client.create(links, ZgwMessages.besluitDocument(besluit, document)));
    }

    private void settlement(Step step, String zaak, CaseFile file) {
        SettlementLetter settlement = read(() -> settlements.letter(step.task.sourceId())).orElseThrow();
        ZgwMessages.Document letter = new ZgwMessages.Document(ObjectKeys.settlementLetter(settlement.settlementId()),
                settlement.reference(), "Vaststelling subsidie " + file.reference(), ZgwMessages.COLLEGE,
                settlement.filename(), settings.config().informatieobjecttypen().vaststelling().orElseThrow(),
                settlement.sentOn(), null, settlement.sentOn(), "Vaststellingsbeschikking bij aanvraag " + file.reference());
        document(step, zaak, letter, () -> read(() -> settlements.pdf(settlement.settlementId())));
    }

    /** The resultaat matching how the application ended; an earlier one (a refusal later reversed) is changed. */
    private void resultaat(Step step, String zaak) {
        ApplicationStatus status = step.task.status();
        String resultaattype = settings.resultaattype(status);
        String resultaten = zaken("resultaten");
        Optional<String> existing = step.known(ObjectKeys.RESULTAAT)
                .or(() -> first(client.list(resultaten, Map.of("zaak", zaak))));
        if (existing.isPresent()) {
            step.remember(ObjectKeys.RESULTAAT, existing.get());
            client.patch(existing.get(), ZgwMessages.resultaatChange(resultaattype, status));
        } else {
            step.remember(ObjectKeys.RESULTAAT, url(client.create(resultaten, ZgwMessages.resultaat(zaak, resultaattype, status))));
        }
    }

    /** A document: the informatieobject (looked up by identificatie first), then its link to the zaak. */
    private String document(Step step, String zaak, ZgwMessages.Document document, Supplier<byte[]> content) {
        ZgwMessages.Catalogue catalogue = catalogue();
        String collection = documenten("enkelvoudiginformatieobjecten");
        String url = step.ensure(ObjectKeys.document(document.key()),
                () -> first(client.list(collection, Map.of("identificatie", ZgwMessages.cut(document.identificatie(), 40),
                        "bronorganisatie", catalogue.rsin()))),
                () -> client.create(collection, ZgwMessages.document(document, content.get(), catalogue)));
        String links = zaken("zaakinformatieobjecten");
        step.ensure(ObjectKeys.zaakDocument(document.key()),
                () -> first(client.list(links, Map.of("zaak", zaak, "informatieobject", url))),
                () -> client.create(links, ZgwMessages.zaakDocument(zaak, url, document)));
        return url;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** One attempt at one row: what it remembers, under the row's lease. */
    private final class Step {

        final Task task;
        final String instance;

        Step(Task task, String instance) {
            this.task = task;
            this.instance = instance;
        }

        Optional<String> known(String key) {
            return QuarkusTransaction.requiringNew().call(() -> ZgwObject.url(task.applicationId(), key));
        }

        /** The object's URL: remembered, found in the zaaksysteem, or created now (and remembered before going on). */
        String ensure(String key, Supplier<Optional<String>> lookUp, Supplier<JsonNode> create) {
            Optional<String> known = known(key);
            if (known.isPresent()) {
                return known.get();
            }
            String url = lookUp.get().orElseGet(() -> url(create.get()));
            remember(key, url);
            return url;
        }

        /** Remembers an object (whatever happened to the lease: it exists), then checks the lease is still ours. */
        void remember(String key, String url) {
            Instant until = clock.instant().plus(settings.config().worker().lease());
            boolean stillMine = QuarkusTransaction.requiringNew().call(() -> {
                if (ZgwObject.url(task.applicationId(), key).isEmpty()) {
                    ZgwObject object = new ZgwObject();
                    object.applicationId = task.applicationId();
                    object.key = key;
                    object.url = url;
                    object.createdAt = clock.instant();
                    object.persist();
                }
                return ZgwOutbox.extend(task.id(), instance, until);
            });
            if (!stillMine) {
                throw new ClaimLost(task.id());
            }
        }
    }

    /** Reads from the product in a transaction of its own (the worker's thread has none). */
    private static <T> T read(java.util.concurrent.Callable<T> reading) {
        return QuarkusTransaction.requiringNew().call(reading);
    }

    private ZgwMessages.Catalogue catalogue() {
        ZgwConfig config = settings.config();
        return new ZgwMessages.Catalogue(config.rsin().orElseThrow(), config.zaaktype().orElseThrow(),
                config.roltypeInitiator().orElseThrow(), config.besluittype().orElseThrow(),
                config.vertrouwelijkheidaanduiding());
    }

    private static String url(JsonNode created) {
        String url = created.path("url").asText("");
        if (url.isBlank()) {
            throw new ZgwException("The ZGW API answered a create without the url of the new object");
        }
        return url;
    }

    private static Optional<String> first(List<JsonNode> found) {
        return found.stream().map(n -> n.path("url").asText("")).filter(u -> !u.isBlank()).findFirst();
    }

    private static boolean sameMoment(String answered, String sent) {
        try {
            return OffsetDateTime.parse(answered).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)
                    .equals(Instant.parse(sent));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String zaken(String resource) {
        return base(settings.config().zakenUrl()) + "/" + resource;
    }

    private String documenten(String resource) {
        return base(settings.config().documentenUrl()) + "/" + resource;
    }

    private String besluiten(String resource) {
        return base(settings.config().besluitenUrl()) + "/" + resource;
    }

    private static String base(Optional<String> url) {
        String base = url.orElseThrow();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
