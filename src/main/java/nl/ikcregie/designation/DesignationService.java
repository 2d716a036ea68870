package nl.ikcregie.designation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.IkcService;
import nl.ikcregie.organisation.PriorityAreaChanged;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.Dates;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.PdfUpload;
import nl.ikcregie.shared.Roles;

/**
 * Plus-IKC predicaten. The projectleider proposes, checks the eleven conditions, records the
 * herijkingen and ends; the grant (the college's decision) is recorded by the projectleider or a
 * bestuurder. Municipal roles and commissieleden read all; an aanvrager reads those of the IKCs
 * its organisation takes part in; anyone else gets 404.
 */
@ApplicationScoped
@Transactional
public class DesignationService {

    public static final String AUDIT_TYPE = "PLUS_PREDICAAT";
    static final int MAX_TEXT = 4000;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    IkcService ikcs;

    @Inject
    Clock clock;

    // ---- reading ------------------------------------------------------------------------------

    /** The predicaten the caller may see, optionally of one IKC. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlusDesignation> listVisible(Long ikcId) {
        List<PlusDesignation> all;
        if (caller.seesEverything()) {
            all = ikcId == null ? PlusDesignation.listAll() : PlusDesignation.listForIkc(ikcId);
        } else {
            all = caller.organisationId().map(PlusDesignation::listForOrganisation).orElse(List.of());
            if (ikcId != null) {
                all = all.stream().filter(d -> d.ikc.id.equals(ikcId)).toList();
            }
        }
        return all;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlusDesignation getVisible(long id) {
        PlusDesignation d = PlusDesignation.findWithIkc(id).orElseThrow(() -> new NotFoundException("Plus-IKC predicaat"));
        if (!caller.seesEverything() && caller.organisationId().filter(d.ikc::involves).isEmpty()) {
            throw new NotFoundException("Plus-IKC predicaat");
        }
        return d;
    }

    /** Every predicaat of the IKC of {@code designation}, oldest first, for its timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Timeline timeline(PlusDesignation designation) {
        return Timeline.of(PlusDesignation.listForIkc(designation.ikc.id), today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DesignationAttachment attachment(long id, int number, long attachmentId) {
        DesignationCondition condition = condition(getVisible(id), number);
        return condition.attachments.stream().filter(a -> a.id == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Bijlage"));
    }

    /** Granted predicaten whose herijking is due or comes up within three months, the most urgent first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlusDesignation> reviewsNeedingAttention() {
        LocalDate today = today();
        return PlusDesignation.listGranted().stream().filter(d -> d.reviewNeedsAttention(today))
                .sorted(java.util.Comparator.comparing((PlusDesignation d) -> !d.reviewDue(today))
                        .thenComparing(d -> d.reviewDueDate() == null ? d.validUntil : d.reviewDueDate())
                        .thenComparing(d -> d.ikc.name))
                .toList();
    }

    /** The IKCs that may be proposed now: in an aandachtsgebied valid today, without a proposal or predicaat under way. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ikc> proposable() {
        LocalDate today = today();
        return ikcs.listVisible().stream().filter(i -> i.priorityArea != null && i.priorityArea.isValidOn(today))
                .filter(i -> PlusDesignation.findActiveForIkc(i.id).isEmpty()).toList();
    }

    // ---- proposal and conditions ----------------------------------------------------------

    public PlusDesignation propose(VoordrachtInvoer input) {
        requireProjectleider();
        InputRules rules = new InputRules();
        Long ikcId = rules.requiredId("ikcId", input.ikcId);
        String note = rules.optional("motivering", input.motivering, MAX_TEXT);
        rules.throwIfAny();
        Ikc ikc;
        try {
            ikc = ikcs.find(ikcId);
        } catch (NotFoundException e) {
            throw nl.ikcregie.shared.InvalidInputException.of("ikcId", "Kies een bestaand IKC.");
        }
        // one proposal or predicaat per IKC at a time: serialise proposals of the same IKC
        ikcs.lockForUpdate(ikc.id);
        LocalDate today = today();
        if (ikc.priorityArea == null) {
            rules.add("ikcId", "Dit IKC ligt niet in een aandachtsgebied; alleen een IKC in een aandachtsgebied kan "
                    + "Plus-IKC worden.");
        } else if (!ikc.priorityArea.isValidOn(today)) {
            rules.add("ikcId", "Het aandachtsgebied " + ikc.priorityArea.name + " is vandaag niet geldig (geldig "
                    + Dates.dutch(ikc.priorityArea.validFrom) + " tot en met " + Dates.dutch(ikc.priorityArea.validUntil)
                    + ").");
        }
        rules.check(DesignationTerms.withinProgramme(today), "ikcId",
                "Kansen voor Kinderen 2 loopt tot en met 31 december 2028; er kan niet meer worden voorgedragen.");
        PlusDesignation.findActiveForIkc(ikc.id).ifPresent(other -> rules.add("ikcId",
                "Dit IKC heeft al een " + (other.status == DesignationStatus.VOORGESTELD ? "voordracht" : "predicaat")
                        + " dat loopt."));
        rules.throwIfAny();
        PlusDesignation d = PlusDesignation.propose(ikc, today, caller.username(), note);
        touch(d);
        d.persist();
        audit.record(AUDIT_TYPE, d.id, "VOORGEDRAGEN", null, d.status.name(), note,
                ikc.name + " voorgedragen (aandachtsgebied " + ikc.priorityArea.name + ")");
        return d;
    }

    /** Records whether one condition is met, with the evidence; while proposed or granted. */
    public PlusDesignation checkCondition(long id, int number, VoorwaardeInvoer input) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(input.versie, d.version);
        requireActive(d);
        DesignationCondition c = condition(d, number);
        InputRules rules = new InputRules();
        boolean met = Boolean.TRUE.equals(input.voldaan);
        String evidence = rules.optional("onderbouwing", input.onderbouwing, 10_000);
        rules.check(!met || evidence != null, "onderbouwing", "Geef de onderbouwing: waaruit blijkt dat het IKC aan "
                + "de voorwaarde voldoet?");
        rules.throwIfAny();
        record(d, c, met, evidence);
        return d;
    }

    public DesignationAttachment addAttachment(long id, int number, Long version, String filename, byte[] content) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(version, d.version);
        requireActive(d);
        DesignationCondition c = condition(d, number);
        InputRules rules = new InputRules();
        String name = PdfUpload.check(rules, "bijlage", filename, content);
        rules.throwIfAny();
        DesignationAttachment a = new DesignationAttachment();
        a.condition = c;
        a.filename = name;
        a.sizeBytes = content.length;
        a.content = content;
        a.uploadedAt = clock.instant();
        a.uploadedBy = caller.username();
        c.attachments.add(a);
        a.persist();
        touch(d);
        audit.record(AUDIT_TYPE, d.id, "BIJLAGE_TOEGEVOEGD", null, null, null,
                "voorwaarde " + number + ": " + name);
        return a;
    }

    public void removeAttachment(long id, int number, Long version, long attachmentId) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(version, d.version);
        requireActive(d);
        DesignationCondition c = condition(d, number);
        DesignationAttachment a = c.attachments.stream().filter(x -> x.id == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Bijlage"));
        c.attachments.remove(a);
        touch(d);
        audit.record(AUDIT_TYPE, d.id, "BIJLAGE_VERWIJDERD", null, null, null, "voorwaarde " + number + ": " + a.filename);
    }

    // ---- decision ------------------------------------------------------------------------------

    /**
     * Grants a proposal: every condition met, or an explicit reasoned exception; the IKC's area
     * valid on the first day. The IKC becomes a Plus-IKC (category A).
     */
    public PlusDesignation grant(long id, ToekenningInvoer input) {
        PlusDesignation d = getVisible(id);
        if (!caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER)) {
            throw new ForbiddenException("Alleen de projectleider of het college legt de toekenning vast.");
        }
        ConflictException.requireVersion(input.versie, d.version);
        requireStatus(d, DesignationStatus.VOORGESTELD, "toegekend");
        LocalDate today = today();
        InputRules rules = new InputRules();
        LocalDate decided = rules.requiredDate("besluitdatum", input.besluitdatum);
        LocalDate from = rules.requiredDate("geldigVanaf", input.geldigVanaf);
        String exception = rules.optional("uitzonderingsmotivering", input.uitzonderingsmotivering, MAX_TEXT);
        if (decided != null) {
            rules.check(!decided.isAfter(today), "besluitdatum", "Het besluit ligt niet in de toekomst.");
            rules.check(!decided.isBefore(d.proposedOn), "besluitdatum", "Het besluit ligt niet vóór de voordracht ("
                    + Dates.dutch(d.proposedOn) + ").");
        }
        if (from != null) {
            if (!DesignationTerms.withinProgramme(from)) {
                rules.add("geldigVanaf", "Het predicaat begint binnen Kansen voor Kinderen 2 (2021 tot en met 2028).");
            } else if (!d.areaValidOn(from)) {
                rules.add("geldigVanaf", d.ikc.priorityArea == null
                        ? "Het IKC ligt niet (meer) in een aandachtsgebied."
                        : "Het aandachtsgebied " + d.ikc.priorityArea.name + " is op die dag niet geldig (geldig "
                                + Dates.dutch(d.ikc.priorityArea.validFrom) + " tot en met "
                                + Dates.dutch(d.ikc.priorityArea.validUntil) + ").");
            }
        }
        List<Integer> unmet = d.unmetConditions();
        if (!unmet.isEmpty()) {
            rules.check(exception != null, "uitzonderingsmotivering", "Voorwaarde" + (unmet.size() == 1 ? " " : "n ")
                    + numbers(unmet) + (unmet.size() == 1 ? " is" : " zijn") + " nog niet voldaan. Toekennen kan dan "
                    + "alleen met een gemotiveerde uitzondering; geef de motivering.");
        }
        rules.throwIfAny();
        String usedException = unmet.isEmpty() ? null : exception;
        IkcCategory before = ikcs.changeCategory(d.ikc.id, IkcCategory.PLUS,
                "Plus-IKC predicaat toegekend (besluit van " + Dates.dutch(decided) + ")");
        d.grant(decided, caller.username(), from, usedException, before);
        touch(d);
        audit.record(AUDIT_TYPE, d.id, usedException == null ? "TOEGEKEND" : "TOEGEKEND_MET_UITZONDERING",
                DesignationStatus.VOORGESTELD.name(), d.status.name(), usedException,
                "besluit " + Dates.dutch(decided) + "; geldig " + Dates.dutch(d.validFrom) + " tot en met "
                        + Dates.dutch(d.validUntil) + "; herijking " + (d.reviewOn == null ? "geen" : Dates.dutch(d.reviewOn))
                        + (unmet.isEmpty() ? "" : "; nog niet voldaan: voorwaarde " + numbers(unmet)));
        Log.debugf("Plus-IKC predicaat %d granted to %s from %s", d.id, d.ikc.name, d.validFrom);
        return d;
    }

    public PlusDesignation reject(long id, BeeindigingInvoer input) {
        return close(id, input, DesignationStatus.AFGEWEZEN);
    }

    public PlusDesignation withdraw(long id, BeeindigingInvoer input) {
        return close(id, input, DesignationStatus.INGETROKKEN);
    }

    private PlusDesignation close(long id, BeeindigingInvoer input, DesignationStatus target) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(input.versie, d.version);
        requireStatus(d, DesignationStatus.VOORGESTELD, target.label().toLowerCase());
        InputRules rules = new InputRules();
        String reason = rules.required("reden", input.reden, MAX_TEXT);
        rules.throwIfAny();
        if (target == DesignationStatus.AFGEWEZEN) {
            d.reject(today(), reason);
        } else {
            d.withdraw(today(), reason);
        }
        touch(d);
        audit.record(AUDIT_TYPE, d.id, target.name(), DesignationStatus.VOORGESTELD.name(), target.name(), reason, null);
        return d;
    }

    // ---- herijking and end -------------------------------------------------------------------

    /**
     * Records a herijking. Continuing requires the area still valid and all conditions met; otherwise
     * the projectleider adjusts (with a reason, possibly a new end date) or ends.
     */
    public PlusDesignation review(long id, HerijkingInvoer input) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(input.versie, d.version);
        requireStatus(d, DesignationStatus.TOEGEKEND, "herijkt");
        LocalDate today = today();
        InputRules rules = new InputRules();
        LocalDate on = rules.requiredDate("datum", input.datum);
        ReviewOutcome outcome = rules.requiredEnum("uitkomst", input.uitkomst, ReviewOutcome.class);
        String reason = rules.required("motivering", input.motivering, MAX_TEXT);
        LocalDate until = input.geldigTot == null || input.geldigTot.isBlank() ? null
                : rules.requiredDate("geldigTot", input.geldigTot);
        if (on != null) {
            rules.check(!on.isAfter(today), "datum", "Een herijking wordt vastgelegd als ze heeft plaatsgevonden; "
                    + "de datum ligt niet in de toekomst.");
            rules.check(!on.isBefore(d.validFrom), "datum", "De herijking ligt niet vóór het begin van het predicaat ("
                    + Dates.dutch(d.validFrom) + ").");
        }
        List<HerijkingInvoer.VoorwaardeToets> checks = input.voorwaarden == null ? List.of() : input.voorwaarden;
        java.util.Map<Integer, HerijkingInvoer.VoorwaardeToets> byNumber = new java.util.TreeMap<>();
        // each problem once, however long the list: a list of thousands gives one answer of a few lines
        java.util.Set<String> listProblems = new java.util.LinkedHashSet<>();
        for (HerijkingInvoer.VoorwaardeToets t : checks) {
            if (t == null || t.nummer == null || !PlusConditions.exists(t.nummer)) {
                listProblems.add("Elke getoetste voorwaarde heeft een nummer van 1 tot en met 11.");
                continue;
            }
            if (byNumber.containsKey(t.nummer)) {
                listProblems.add("Voorwaarde " + t.nummer + " staat er meer dan één keer in.");
                continue;
            }
            String evidence = rules.optional("voorwaarden", t.onderbouwing, 10_000);
            if (Boolean.TRUE.equals(t.voldaan) && evidence == null && d.condition(t.nummer).evidence == null) {
                rules.add("voorwaarden", "Geef bij voorwaarde " + t.nummer + " de onderbouwing.");
            }
            byNumber.put(t.nummer, t);
        }
        listProblems.forEach(problem -> rules.add("voorwaarden", problem));
        java.util.Set<Integer> unmetAfter = new java.util.TreeSet<>(d.unmetConditions());
        byNumber.forEach((n, t) -> {
            if (Boolean.TRUE.equals(t.voldaan)) {
                unmetAfter.remove(n);
            } else {
                unmetAfter.add(n);
            }
        });
        boolean areaValid = on != null && d.areaValidOn(on);
        if (outcome == ReviewOutcome.VOORTZETTEN && on != null) {
            rules.check(areaValid, "uitkomst", "Het aandachtsgebied is op de datum van de herijking niet geldig; "
                    + "voortzetten kan niet. Kies aanpassen (met motivering) of beëindigen.");
            rules.check(unmetAfter.isEmpty(), "uitkomst", "Voorwaarde " + numbers(List.copyOf(unmetAfter))
                    + " is niet voldaan; voortzetten kan niet. Kies aanpassen (met motivering) of beëindigen.");
        }
        LocalDate maxUntil = DesignationTerms.validUntil(d.validFrom);
        if (until != null && on != null) {
            if (outcome == ReviewOutcome.AANPASSEN) {
                rules.check(!until.isBefore(on) && !until.isAfter(maxUntil), "geldigTot", "De nieuwe einddatum ligt "
                        + "tussen de datum van de herijking en " + Dates.dutch(maxUntil) + " (vier jaar, binnen het programma).");
            } else if (outcome == ReviewOutcome.BEEINDIGEN) {
                rules.check(!until.isBefore(on) && !until.isAfter(d.validUntil), "geldigTot", "De laatste dag ligt "
                        + "tussen de datum van de herijking en " + Dates.dutch(d.validUntil) + ".");
            }
        }
        rules.throwIfAny();
        byNumber.forEach((n, t) -> {
            DesignationCondition c = d.condition(n);
            String evidence = t.onderbouwing == null || t.onderbouwing.isBlank() ? c.evidence : t.onderbouwing.strip();
            if (c.met != Boolean.TRUE.equals(t.voldaan) || !java.util.Objects.equals(c.evidence, evidence)) {
                record(d, c, Boolean.TRUE.equals(t.voldaan), evidence);
            }
        });
        LocalDate untilBefore = d.validUntil;
        DesignationReview r = d.review(on, outcome, reason, areaValid, until, caller.username(), clock.instant());
        String details = "herijking op " + Dates.dutch(on) + ": aandachtsgebied " + (areaValid ? "geldig" : "niet geldig")
                + "; " + (r.unmet().isEmpty() ? "alle voorwaarden voldaan" : "niet voldaan: voorwaarde " + numbers(r.unmet()));
        if (outcome == ReviewOutcome.BEEINDIGEN) {
            LocalDate lastDay = until != null ? until : on;
            d.end(today, lastDay, reason);
            restoreCategory(d);
            details += "; beëindigd, laatste dag " + Dates.dutch(lastDay);
        } else {
            details += (untilBefore.equals(d.validUntil) ? "" : "; geldig tot " + Dates.dutch(untilBefore) + " → "
                    + Dates.dutch(d.validUntil)) + "; volgende herijking "
                    + (d.reviewOn == null ? "geen (het predicaat loopt eerder af)" : Dates.dutch(d.reviewOn));
        }
        touch(d);
        audit.record(AUDIT_TYPE, d.id, "HERIJKT", DesignationStatus.TOEGEKEND.name(), d.status.name(),
                outcome.label() + ": " + reason, details);
        return d;
    }

    /** Ends a granted predicaat outside a herijking; the IKC gets back its category from before the grant. */
    public PlusDesignation end(long id, BeeindigingInvoer input) {
        PlusDesignation d = getVisible(id);
        requireProjectleider();
        ConflictException.requireVersion(input.versie, d.version);
        requireStatus(d, DesignationStatus.TOEGEKEND, "beëindigd");
        LocalDate today = today();
        InputRules rules = new InputRules();
        String reason = rules.required("reden", input.reden, MAX_TEXT);
        LocalDate lastDay = input.einddatum == null || input.einddatum.isBlank() ? today
                : rules.requiredDate("einddatum", input.einddatum);
        if (lastDay != null) {
            rules.check(!lastDay.isBefore(d.validFrom) && !lastDay.isAfter(d.validUntil), "einddatum",
                    "De laatste dag ligt tussen " + Dates.dutch(d.validFrom) + " en " + Dates.dutch(d.validUntil) + ".");
        }
        rules.throwIfAny();
        LocalDate until = d.validUntil;
        d.end(today, lastDay, reason);
        restoreCategory(d);
        touch(d);
        audit.record(AUDIT_TYPE, d.id, "BEEINDIGD", DesignationStatus.TOEGEKEND.name(), d.status.name(), reason,
                "geldig tot " + Dates.dutch(until) + " → " + Dates.dutch(lastDay));
        return d;
    }

    /** A change of an aandachtsgebied's validity calls for a herijking of the Plus-IKCs in it. */
    void onAreaChanged(@Observes PriorityAreaChanged change) {
        LocalDate today = today();
        for (PlusDesignation d : PlusDesignation.listGrantedInArea(change.areaId())) {
            String reason = change.summary() + "; herijk het predicaat";
            if (d.flag(today, reason)) {
                touch(d);
                audit.record(AUDIT_TYPE, d.id, "HERIJKING_NODIG", null, null, reason, null);
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void record(PlusDesignation d, DesignationCondition c, boolean met, String evidence) {
        boolean wasMet = c.met;
        c.met = met;
        c.evidence = evidence;
        c.checkedBy = caller.username();
        c.checkedAt = clock.instant();
        touch(d);
        audit.record(AUDIT_TYPE, d.id, "VOORWAARDE_GETOETST", null, null, null, "voorwaarde " + c.number + " ("
                + c.shortName() + "): " + (wasMet ? "voldaan" : "nog niet voldaan") + " → "
                + (met ? "voldaan" : "nog niet voldaan"));
    }

    private void restoreCategory(PlusDesignation d) {
        IkcCategory back = d.previousCategory == null ? IkcCategory.REGULIER : d.previousCategory;
        ikcs.changeCategory(d.ikc.id, back, "Plus-IKC predicaat beëindigd");
    }

    private static DesignationCondition condition(PlusDesignation d, int number) {
        DesignationCondition c = PlusConditions.exists(number) ? d.condition(number) : null;
        if (c == null) {
            throw new NotFoundException("Voorwaarde");
        }
        return c;
    }

    private void touch(PlusDesignation d) {
        d.updatedAt = clock.instant();
        d.updatedBy = caller.isAnonymous() ? "systeem" : caller.username();
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider wijzigt Plus-IKC predicaten.");
        }
    }

    private static void requireActive(PlusDesignation d) {
        if (!d.status.isActive()) {
            throw new ConflictException("Een predicaat met status " + d.status.label().toLowerCase()
                    + " kunt u lezen maar niet meer wijzigen.");
        }
    }

    private static void requireStatus(PlusDesignation d, DesignationStatus required, String what) {
        if (d.status != required) {
            throw new nl.ikcregie.shared.IllegalTransitionException("Een predicaat met status "
                    + d.status.label().toLowerCase() + " kan niet worden " + what + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
