package nl.ikcregie.agreement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.IkcService;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.organisation.OrganisationKind;
import nl.ikcregie.organisation.OrganisationService;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.InvalidInputException;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * Result agreements of the Plus-IKCs: the projectleider drafts and amends them, each of the three
 * parties consents for itself, and the municipal roles read them all. A school board or childcare
 * organisation sees only the agreements it is a party to; the commissie none.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    public static final String AUDIT_TYPE = "RESULTAATAFSPRAAK";
    static final int PROGRAMME_FIRST_YEAR = 2021;
    static final int PROGRAMME_LAST_YEAR = 2028;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    IkcService ikcs;

    @Inject
    OrganisationService organisations;

    /** What an edit did: the version, and whether consents given earlier lapsed with it. */
    public record Edited(ResultAgreement agreement, boolean consentsLapsed) {
    }

    /** What a consent did: the version, and whether it made the version agreed. */
    public record Consented(ResultAgreement agreement, Party party, boolean agreed) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResultAgreement> listVisible() {
        requireReader();
        if (seesAll()) {
            return ResultAgreement.listAll();
        }
        return caller.organisationId().map(ResultAgreement::listForParty).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultAgreement getVisible(long id) {
        requireReader();
        ResultAgreement agreement = ResultAgreement.findWithParties(id)
                .orElseThrow(() -> new NotFoundException("Resultaatafspraak"));
        if (!seesAll() && caller.organisationId().filter(agreement::involves).isEmpty()) {
            throw new NotFoundException("Resultaatafspraak");
        }
        return agreement;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementVersion version(long id, int number) {
        return getVisible(id).version(number).orElseThrow(() -> new NotFoundException("Versie " + number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    /** The party the caller may consent for in this agreement, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Party> callersParty(ResultAgreement agreement) {
        if (caller.hasRole(Roles.PROJECTLEIDER)) {
            return Optional.of(Party.GEMEENTE);
        }
        if (caller.hasRole(Roles.AANVRAGER)) {
            return caller.organisationId().flatMap(agreement::partyOf).filter(p -> p != Party.GEMEENTE);
        }
        return Optional.empty();
    }

    /** The Plus-IKCs that have no agreement yet (for the draft form). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ikc> plusIkcsWithoutAgreement() {
        List<Long> taken = ResultAgreement.ikcIdsWithAgreement();
        return ikcs.listVisible().stream().filter(i -> i.category == IkcCategory.PLUS && !taken.contains(i.id)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> childcareOrganisations() {
        return organisations.listByKind(OrganisationKind.KINDEROPVANG);
    }

    public ResultAgreement draft(AfspraakInvoer input) {
        requireProjectleider();
        InputRules rules = new InputRules();
        Long ikcId = rules.requiredId("ikcId", input.ikcId);
        Long childcareId = rules.requiredId("kinderopvangId", input.kinderopvangId);
        int first = optionalYear(rules, "eersteJaar", input.eersteJaar, PROGRAMME_FIRST_YEAR);
        int last = optionalYear(rules, "laatsteJaar", input.laatsteJaar, first + 7);
        rules.check(last >= first && last - first < 12, "laatsteJaar",
                "Het laatste jaar ligt na het eerste, en de periode duurt ten hoogste twaalf jaar.");
        Ikc ikc = null;
        if (ikcId != null) {
            ikc = Ikc.findWithRelations(ikcId).orElse(null);
            if (ikc == null) {
                rules.add("ikcId", "Kies een bestaand IKC.");
            } else if (ikc.category != IkcCategory.PLUS) {
                rules.add("ikcId", "Resultaatafspraken worden alleen gemaakt met een Plus-IKC (categorie A); "
                        + ikc.name + " is " + ikc.category.label() + ".");
            }
        }
        Organisation childcare = null;
        if (childcareId != null && ikc != null) {
            long wanted = childcareId;
            childcare = ikc.childcarePartners.stream().filter(p -> p.id == wanted).findFirst().orElse(null);
            rules.check(childcare != null, "kinderopvangId", "Kies een kinderopvangorganisatie die partner is van "
                    + ikc.name + ": " + ikc.childcarePartners.stream().map(p -> p.name).collect(Collectors.joining(", "))
                    + ".");
        }
        Organisation municipality = organisations.listByKind(OrganisationKind.GEMEENTE).stream().findFirst()
                .orElse(null);
        rules.check(municipality != null, "ikcId", "Er is geen organisatie van de soort gemeente vastgelegd; "
                + "leg die eerst vast bij Organisaties.");
        AgreementContent content = ContentRules.parse(input, first, last, rules);
        rules.throwIfAny();
        if (ResultAgreement.findForIkc(ikc.id, first).isPresent()) {
            throw new ConflictException(ikc.name + " heeft al een resultaatafspraak voor de periode vanaf " + first
                    + ". Start daar een wijziging (nieuwe versie).");
        }
        ResultAgreement agreement = new ResultAgreement();
        agreement.ikc = ikc;
        agreement.municipality = municipality;
        agreement.schoolBoard = ikc.schoolBoard;
        agreement.childcare = childcare;
        agreement.firstYear = first;
        agreement.lastYear = last;
        agreement.createdBy = caller.username();
        agreement.createdAt = clock.instant();
        AgreementVersion first1 = agreement.startFirstVersion(caller.username(), clock.instant());
        first1.replaceContent(isEmpty(content) ? standardStaffing(first, last) : content);
        agreement.persist();
        audit.record(AUDIT_TYPE, agreement.id, "AANGEMAAKT", null, AgreementStatus.CONCEPT.name(), null,
                agreement.title() + "; partijen " + municipality.name + ", " + ikc.schoolBoard.name + ", "
                        + childcare.name + "; versie 1 in concept");
        Log.debugf("Agreement %d drafted for IKC %d", agreement.id, ikc.id);
        return agreement;
    }

    /** Replaces the content of the concept version; consents already given lapse. */
    public Edited updateConcept(long id, InhoudInvoer input) {
        requireProjectleider();
        ResultAgreement agreement = getVisible(id);
        AgreementVersion concept = agreement.current();
        requireBasis(concept, input.versie, input.revisie, true);
        if (!concept.isConcept()) {
            throw new nl.ikcregie.shared.IllegalTransitionException("Versie " + concept.number + " is akkoord en "
                    + "verandert niet meer. Start een wijziging om een nieuwe versie te maken.");
        }
        InputRules rules = new InputRules();
        AgreementContent content = ContentRules.parse(input, agreement.firstYear, agreement.lastYear, rules);
        rules.throwIfAny();
        AgreementContent before = concept.content();
        String lapsedParties = concept.consents.stream().map(c -> c.party.label()).collect(Collectors.joining(", "));
        boolean lapsed = concept.replaceContent(content);
        VersionDiff diff = VersionDiff.between(concept.number, before, concept.number, content);
        if (!diff.isEmpty()) {
            audit.record(AUDIT_TYPE, id, "CONCEPT_GEWIJZIGD", null, null, null,
                    "Versie " + concept.number + ": " + summary(diff));
        }
        if (lapsed) {
            audit.record(AUDIT_TYPE, id, "INSTEMMINGEN_VERVALLEN", null, null, null, "Versie " + concept.number
                    + ": de instemming van " + lapsedParties + " vervalt, want de inhoud is gewijzigd");
        }
        return new Edited(agreement, lapsed);
    }

    /**
     * The caller consents for its own party to the version it names; the third consent makes it agreed.
     * An organisation that is no party does not see the agreement, so it gets 404 here as on reading.
     */
    public Consented consent(long id, AfspraakActie input) {
        ResultAgreement agreement = getVisible(id);
        Party party = callersParty(agreement).orElseThrow(() -> new ForbiddenException(
                "U bent geen partij bij deze resultaatafspraak en kunt er niet mee instemmen. Instemmen doet de "
                        + "projectleider voor de gemeente en een aanvrager van de onderwijskoepel of de "
                        + "kinderopvangorganisatie voor de eigen organisatie."));
        AgreementVersion concept = agreement.current();
        requireBasis(concept, input.versie, input.revisie, false);
        boolean agreed = concept.consent(party, caller.username(), caller.displayName(), clock.instant());
        audit.record(AUDIT_TYPE, id, "INGESTEMD", null, null, null, "Versie " + concept.number + ": "
                + party.label() + " (" + agreement.organisationOf(party).name + ") stemt in, door "
                + caller.displayName());
        if (agreed) {
            audit.record(AUDIT_TYPE, id, "AKKOORD", AgreementStatus.CONCEPT.name(), AgreementStatus.AKKOORD.name(),
                    null, "Versie " + concept.number + " is akkoord: alle drie partijen stemden in");
        }
        return new Consented(agreement, party, agreed);
    }

    /** Starts an amendment: a new concept version copied from the latest agreed one. */
    public ResultAgreement amend(long id, AfspraakActie input) {
        requireProjectleider();
        ResultAgreement agreement = getVisible(id);
        InputRules rules = new InputRules();
        Integer basedOn = requiredNumber(rules, "versie", input.versie,
                "Geef het nummer van de akkoord-versie die u wijzigt.");
        String reason = rules.required("reden", input.reden, 2000);
        rules.throwIfAny();
        startAmendment(agreement, basedOn, reason);
        return agreement;
    }

    private AgreementVersion startAmendment(ResultAgreement agreement, Integer basedOn, String reason) {
        AgreementVersion amendment = agreement.startAmendment(basedOn, reason, caller.username(), clock.instant());
        audit.record(AUDIT_TYPE, agreement.id, "WIJZIGING_GESTART", null, AgreementStatus.CONCEPT.name(), reason,
                "Versie " + amendment.number + " in concept, gebaseerd op versie " + (amendment.number - 1));
        return amendment;
    }

    /** Records the yearly evaluation; one that leads to an amendment starts the new concept version at once. */
    public AgreementEvaluation evaluate(long id, AfspraakActie input) {
        requireProjectleider();
        ResultAgreement agreement = getVisible(id);
        InputRules rules = new InputRules();
        Integer year = requiredNumber(rules, "jaar", input.jaar, "Vul het jaar van de evaluatie in.");
        if (year != null && (year < agreement.firstYear || year > agreement.lastYear)) {
            rules.add("jaar", "Kies een jaar van " + agreement.firstYear + " tot en met " + agreement.lastYear + ".");
        }
        String text = rules.required("toelichting", input.toelichting, ContentRules.MAX_TEXT);
        if (year != null && agreement.evaluations.stream().anyMatch(e -> e.year == year)) {
            rules.add("jaar", "Voor " + year + " is al een evaluatie vastgelegd.");
        }
        boolean amend = Boolean.TRUE.equals(input.leidtTotWijziging);
        if (amend && agreement.current().isConcept()) {
            rules.add("leidtTotWijziging", "Versie " + agreement.current().number + " is nog een concept; werk die bij "
                    + "in plaats van een nieuwe wijziging te starten.");
        }
        rules.throwIfAny();
        AgreementEvaluation evaluation = new AgreementEvaluation();
        evaluation.agreement = agreement;
        evaluation.year = year;
        evaluation.evaluatedVersion = agreement.current().number;
        evaluation.text = text;
        evaluation.leadsToAmendment = amend;
        evaluation.recordedBy = caller.username();
        evaluation.recordedAt = clock.instant();
        agreement.evaluations.add(0, evaluation);
        evaluation.persist();
        audit.record(AUDIT_TYPE, id, "GEEVALUEERD", null, null, null, "Evaluatie " + year + " van versie "
                + evaluation.evaluatedVersion + (amend ? "; leidt tot een wijziging" : "; geen wijziging nodig"));
        if (amend) {
            startAmendment(agreement, null, "Jaarlijkse evaluatie " + year);
        }
        return evaluation;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionDiff diff(long id, Integer from, Integer to) {
        ResultAgreement agreement = getVisible(id);
        InputRules rules = new InputRules();
        rules.check(from != null, "van", "Kies de versie om mee te vergelijken.");
        rules.check(to != null, "naar", "Kies de versie om te vergelijken.");
        rules.throwIfAny();
        AgreementVersion a = agreement.version(from)
                .orElseThrow(() -> InvalidInputException.of("van", "Versie " + from + " bestaat niet."));
        AgreementVersion b = agreement.version(to)
                .orElseThrow(() -> InvalidInputException.of("naar", "Versie " + to + " bestaat niet."));
        return VersionDiff.between(a.number, a.content(), b.number, b.content());
    }

    /** What one organisation committed across all agreements it is a party to (their latest agreed versions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitments commitments(long organisationId) {
        requireReader();
        if (!seesAll() && caller.organisationId().filter(o -> o == organisationId).isEmpty()) {
            throw new NotFoundException("Organisatie");
        }
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisatie"));
        List<Commitments.Line> lines = new ArrayList<>();
        for (ResultAgreement agreement : ResultAgreement.listForParty(organisationId)) {
            Optional<AgreementVersion> agreed = agreement.latestAgreed();
            Party party = agreement.partyOf(organisationId).orElseThrow();
            agreed.ifPresent(v -> lines.add(new Commitments.Line(agreement.id, agreement.ikc.id, agreement.ikc.name,
                    party, v.number, v.content().contributions().stream().filter(c -> c.party() == party).toList())));
        }
        return Commitments.of(organisation.id, organisation.name, lines);
    }

    /** The organisations whose commitments the caller may see (for the overview's choice). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> organisationsWithCommitments() {
        requireReader();
        if (seesAll()) {
            return organisations.listVisible();
        }
        return caller.organisationId().flatMap(organisations::find).map(List::of).orElse(List.of());
    }

    // the system path: demo data and consents recorded from a signed paper on behalf of a party

    /**
     * An agreement drafted and agreed outside the screens (the demo year, or an agreement signed on
     * paper): no caller check; the history names who consented for each party.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ResultAgreement recordAs(Ikc ikc, Organisation childcare, int firstYear, int lastYear,
            AgreementContent content, String by, java.time.Instant at) {
        ResultAgreement agreement = new ResultAgreement();
        agreement.ikc = ikc;
        agreement.municipality = organisations.listByKind(OrganisationKind.GEMEENTE).get(0);
        agreement.schoolBoard = ikc.schoolBoard;
        agreement.childcare = childcare;
        agreement.firstYear = firstYear;
        agreement.lastYear = lastYear;
        agreement.createdBy = by;
        agreement.createdAt = at;
        agreement.startFirstVersion(by, at).replaceContent(content);
        agreement.persist();
        audit.record(AUDIT_TYPE, agreement.id, "AANGEMAAKT", null, AgreementStatus.CONCEPT.name(), null,
                agreement.title() + "; versie 1 in concept, opgesteld door " + by);
        return agreement;
    }

    /** A consent recorded for a party by the system, naming the person who gave it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consentAs(ResultAgreement agreement, Party party, String username, String name, java.time.Instant at) {
        AgreementVersion concept = agreement.current();
        boolean agreed = concept.consent(party, username, name, at);
        audit.record(AUDIT_TYPE, agreement.id, "INGESTEMD", null, null, null, "Versie " + concept.number + ": "
                + party.label() + " (" + agreement.organisationOf(party).name + ") stemt in, door " + name);
        if (agreed) {
            audit.record(AUDIT_TYPE, agreement.id, "AKKOORD", AgreementStatus.CONCEPT.name(),
                    AgreementStatus.AKKOORD.name(), null, "Versie " + concept.number + " is akkoord: alle drie partijen stemden in");
        }
    }

    /** A yearly evaluation recorded by the system; with new content it also makes the amendment's concept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluateAs(ResultAgreement agreement, int year, String text, AgreementContent amended, String by,
            java.time.Instant at) {
        AgreementEvaluation evaluation = new AgreementEvaluation();
        evaluation.agreement = agreement;
        evaluation.year = year;
        evaluation.evaluatedVersion = agreement.current().number;
        evaluation.text = text;
        evaluation.leadsToAmendment = amended != null;
        evaluation.recordedBy = by;
        evaluation.recordedAt = at;
        agreement.evaluations.add(0, evaluation);
        evaluation.persist();
        audit.record(AUDIT_TYPE, agreement.id, "GEEVALUEERD", null, null, null, "Evaluatie " + year + " van versie "
                + evaluation.evaluatedVersion + (amended != null ? "; leidt tot een wijziging" : "; geen wijziging nodig"));
        if (amended != null) {
            String reason = "Jaarlijkse evaluatie " + year;
            AgreementVersion amendment = agreement.startAmendment(null, reason, by, at);
            amendment.replaceContent(amended);
            amendment.persist();
            audit.record(AUDIT_TYPE, agreement.id, "WIJZIGING_GESTART", null, AgreementStatus.CONCEPT.name(), reason,
                    "Versie " + amendment.number + " in concept, gebaseerd op versie " + (amendment.number - 1));
        }
    }

    // the rules of who may do what

    /** Municipal roles read everything; an aanvrager its own agreements; the commissie none. */
    private void requireReader() {
        if (caller.hasRole(Roles.COMMISSIELID) && !seesAll()) {
            throw new ForbiddenException("De IKC-commissie ziet de Plus-IKC-predicaten, niet de resultaatafspraken.");
        }
    }

    boolean seesAll() {
        return caller.hasAnyRole(Roles.PROJECTLEIDER, Roles.BESTUURDER, Roles.ONTWIKKELGROEP, Roles.BEHEERDER);
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider stelt resultaatafspraken op en wijzigt ze.");
        }
    }

    /**
     * A change names the version it is based on (its number) and, where given, the revision of that
     * version; a newer version or revision is a conflict.
     */
    private static void requireBasis(AgreementVersion current, String number, String revision, boolean revisionRequired) {
        InputRules rules = new InputRules();
        Integer basedOn = requiredNumber(rules, "versie", number,
                "Geef het nummer van de versie waarop de wijziging is gebaseerd (veld versie of kop If-Match).");
        Long rev = null;
        if (revision == null || revision.isBlank()) {
            rules.check(!revisionRequired, "revisie",
                    "Geef de revisie waarop de wijziging is gebaseerd (veld revisie of kop If-Match).");
        } else {
            try {
                rev = Long.valueOf(revision.strip());
            } catch (NumberFormatException e) {
                rules.add("revisie", "Geef de revisie als een heel getal.");
            }
        }
        rules.throwIfAny();
        if (basedOn != current.number) {
            throw new ConflictException("U ging uit van versie " + basedOn + ", maar de nieuwste versie is "
                    + current.number + " (" + current.status.label().toLowerCase() + "). Bekijk die eerst.");
        }
        if (rev != null && rev != current.revision) {
            throw new ConflictException("Iemand anders heeft versie " + current.number
                    + " intussen gewijzigd. Bekijk de huidige inhoud en breng uw wijziging opnieuw aan.");
        }
    }

    private static Integer requiredNumber(InputRules rules, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            rules.add(field, message);
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            rules.add(field, "Geef een heel getal.");
            return null;
        }
    }

    private static int optionalYear(InputRules rules, String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Integer year = rules.requiredWholeNumber(field, value, nl.ikcregie.shared.Years.FIRST, nl.ikcregie.shared.Years.LAST);
        return year == null ? fallback : year;
    }

    private static boolean isEmpty(AgreementContent c) {
        return c.goals().isEmpty() && c.contributions().isEmpty() && c.staffing().isEmpty()
                && c.texts().equals(new AgreementContent.Texts(null, null, null, null));
    }

    /** A new agreement starts with the staffing of the scheme, to be adjusted (seed 003, chapter 3). */
    static AgreementContent standardStaffing(int first, int last) {
        List<AgreementContent.Staffing> staffing = List.of(
                new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER, new BigDecimal("22.00"), Party.GEMEENTE,
                        FundingSource.COLLEGEPROGRAMMA, first, last, "kinderen 0-12"),
                new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER_VVE, new BigDecimal("16.00"), Party.GEMEENTE,
                        FundingSource.VVE, first, last, "kinderen 0-7"),
                new AgreementContent.Staffing(StaffRole.PEDAGOOG_GGD, new BigDecimal("4.00"), Party.GEMEENTE,
                        FundingSource.OAB, first, last, "GGD-team Opvoedpunt"),
                new AgreementContent.Staffing(StaffRole.PROCESBEGELEIDER, new BigDecimal("8.00"),
                        Party.ONDERWIJSKOEPEL, FundingSource.LUMPSUM, first, last, null));
        return new AgreementContent(List.of(), List.of(), staffing, new AgreementContent.Texts(null, null, null, null));
    }

    /** A short account of a change for the history: counts per kind. */
    static String summary(VersionDiff diff) {
        List<String> parts = new ArrayList<>();
        if (!diff.goals().isEmpty()) {
            parts.add(diff.goals().size() + " doel(en)");
        }
        if (!diff.targets().isEmpty()) {
            parts.add(diff.targets().size() + " nulmeting(en) of streefwaarde(n)");
        }
        if (!diff.contributions().isEmpty()) {
            parts.add(diff.contributions().size() + " bijdrage(n)");
        }
        if (!diff.staffing().isEmpty()) {
            parts.add(diff.staffing().size() + " formatieregel(s)");
        }
        if (!diff.texts().isEmpty()) {
            parts.add(diff.texts().stream().map(VersionDiff.TextChange::part).collect(Collectors.joining(", ")));
        }
        return "gewijzigd: " + String.join("; ", parts);
    }
}
