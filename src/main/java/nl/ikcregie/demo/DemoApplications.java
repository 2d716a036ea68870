package nl.ikcregie.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.BudgetLine;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.application.SelfAssessmentEntry;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.round.AssessmentCriterion;
import nl.ikcregie.round.MaximumPerIkc;
import nl.ikcregie.round.PriorityRule;
import nl.ikcregie.round.PriorityRuleKind;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Money;

/**
 * The demo rounds of CONTRACT.md with their applications (demo/aanvragen.json): the finished round
 * 2026 with 29 applications declared complete, and the open round 2027 with a few drafts. Runs inside
 * {@link DemoData#load()}'s transaction; rounds are found by title, applications by round and IKC.
 */
@ApplicationScoped
class DemoApplications {

    static final String ROUND_2026 = "Subsidieronde 2026";
    static final String ROUND_2027 = "Subsidieronde 2027";
    private static final String AUDIT = ApplicationService.AUDIT_TYPE;
    private static final Map<String, String> APPLICANT = Map.of("Proloog", "aanvrager-proloog",
            "PCBO e.o.", "aanvrager-pcbo", "Bisschop Möller Stichting", "aanvrager-bms");
    /** JSON index of the applications that needed completing (herstelverzuim), and what was missing. */
    private static final Map<Integer, String> MISSING = Map.of(
            3, "Handtekening van de kinderopvangpartner onder de begroting",
            11, "Toelichting op de cofinanciering",
            20, "Verslag van de instemming van de MR");

    record Line(String omschrijving, BigDecimal bedrag, BigDecimal onderwijs, BigDecimal kinderopvang,
            BigDecimal overig) {
    }

    record Plan(String ikc, String waarom, String hoe, String wat, String draagvlak, boolean verlengdeLeertijd,
            List<List<IntegrationLevel>> zelfevaluatie, List<Line> begroting) {
    }

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    void load() {
        Map<String, List<Plan>> plans = read();
        SubsidyRound finished = round(ROUND_2026, 2026, at(2026, 1, 15, 9), at(2026, 3, 31, 17),
                LocalDate.of(2026, 6, 15), RoundStatus.GESLOTEN);
        List<Plan> submitted = plans.get("2026");
        for (int i = 0; i < submitted.size(); i++) {
            submitted(finished, submitted.get(i), i);
        }
        // the round is closed, but keep the counter in step so a 2026 reference could never be given twice
        Panache.getEntityManager().createNativeQuery("insert into application_reference_counter (year, last_number) "
                + "values (2026, ?1) on duplicate key update last_number = greatest(last_number, ?1)")
                .setParameter(1, submitted.size()).executeUpdate();
        SubsidyRound open = round(ROUND_2027, 2027, at(2026, 11, 1, 9), at(2027, 2, 28, 17),
                LocalDate.of(2027, 5, 15), RoundStatus.OPEN);
        List<Plan> drafts = plans.get("2027");
        for (int i = 0; i < drafts.size(); i++) {
            draft(open, drafts.get(i), i);
        }
    }

    /** A round as the projectleider set it up; its status is set directly, as it is demo history. */
    private static SubsidyRound round(String title, int year, Instant opens, Instant closes, LocalDate decision,
            RoundStatus status) {
        return SubsidyRound.findByTitle(title).orElseGet(() -> {
            SubsidyRound round = new SubsidyRound();
            round.title = title;
            round.year = year;
            round.budgetCeiling = new BigDecimal("750000.00");
            round.maximum = MaximumPerIkc.fixed(new BigDecimal("50000.00"));
            round.opensAt = opens;
            round.closesAt = closes;
            round.decisionDate = decision;
            round.decisionTermWeeks = 8;
            round.status = status;
            round.criteria.add(criterion("Gedeelde visie en IKC-profiel", 25,
                    "Het IKC heeft een door school en opvang gedeelde visie en een herkenbaar profiel."));
            round.criteria.add(criterion("Aansluiting op wat kinderen nodig hebben (data en signalen)", 25,
                    "Het plan volgt uit wat de kinderen nodig hebben, onderbouwd met gegevens en signalen uit de wijk."));
            round.criteria.add(criterion("Samenwerking onderwijs en kinderopvang", 20,
                    "Onderwijs en kinderopvang werken samen als één team, met één doorgaande lijn."));
            round.criteria.add(criterion("Betrokkenheid van ouders", 15,
                    "Ouders denken mee en zijn partner in de ontwikkeling van hun kind."));
            round.criteria.add(criterion("Haalbaarheid en begroting", 15,
                    "De activiteiten zijn uitvoerbaar en de begroting is realistisch, met eigen bijdragen."));
            round.priorityRules.add(new PriorityRule(PriorityRuleKind.MINIMUM_AANDEEL_AANDACHTSGEBIEDEN, "70",
                    "Ten minste 70% van het budget gaat naar IKC's in aandachtsgebieden"));
            round.priorityRules.add(new PriorityRule(PriorityRuleKind.VOORRANG_VERLENGDE_LEERTIJD, null,
                    "IKC's die verplicht verlengde leertijd invoeren gaan voor"));
            round.persist();
            return round;
        });
    }

    private static AssessmentCriterion criterion(String name, int weight, String description) {
        return new AssessmentCriterion(name, description, new BigDecimal(weight).setScale(2));
    }

    /** Submitted between 1 February and 30 March, sometimes completed on request, then declared complete. */
    private void submitted(SubsidyRound round, Plan plan, int index) {
        Ikc ikc = Ikc.findByName(plan.ikc()).orElseThrow();
        if (exists(round, ikc)) {
            return;
        }
        String reference = String.format("KVK-2026-%04d", index + 1);
        Instant submittedAt = at(LocalDate.of(2026, 2, 1).plusDays(index * 57L / 28), 9 + index % 8);
        SubsidyApplication application = application(round, ikc, plan, submittedAt.minusSeconds(86400L * (10 + index % 7)));
        application.submit(submittedAt, reference);
        application.updatedAt = submittedAt;
        String missing = MISSING.get(index);
        Instant completedAt = null;
        if (missing != null) {
            LocalDate requestedOn = LocalDate.ofInstant(submittedAt, ClockProducer.AMSTERDAM).plusDays(7);
            application.requestCompletion(missing, requestedOn.plusDays(14), requestedOn, "projectleider");
            completedAt = at(requestedOn.plusDays(5 + index % 5), 11);
            application.submit(completedAt, reference);
            application.updatedAt = completedAt;
        }
        application.declareComplete(LocalDate.ofInstant(completedAt != null ? completedAt : submittedAt, ClockProducer.AMSTERDAM));
        application.persist();
        String details = "Kenmerk " + reference + ", aangevraagd " + Money.format(application.requestedAmount);
        audit.record(AUDIT, application.id, "AANGEMAAKT", null, "CONCEPT", null,
                "Concept voor " + ikc.name + " in " + round.title);
        audit.record(AUDIT, application.id, "INGEDIEND", "CONCEPT", "INGEDIEND", null, details);
        if (missing != null) {
            audit.record(AUDIT, application.id, "AANVULLING_GEVRAAGD", "INGEDIEND", "AANVULLING_GEVRAAGD", missing,
                    "Termijn tot en met " + application.completionRequests.get(0).dueOn
                            + "; de beslistermijn is opgeschort");
            audit.record(AUDIT, application.id, "AANGEVULD", "AANVULLING_GEVRAAGD", "INGEDIEND", null, details);
        }
        audit.record(AUDIT, application.id, "ONTVANKELIJK_VERKLAARD", "INGEDIEND", "ONTVANKELIJK", null, null);
    }

    /** A draft started in November 2026, with whatever the applicant wrote so far. */
    private void draft(SubsidyRound round, Plan plan, int index) {
        Ikc ikc = Ikc.findByName(plan.ikc()).orElseThrow();
        if (exists(round, ikc)) {
            return;
        }
        SubsidyApplication application = application(round, ikc, plan, at(LocalDate.of(2026, 11, 3 + 4 * index), 10));
        application.persist();
        audit.record(AUDIT, application.id, "AANGEMAAKT", null, "CONCEPT", null,
                "Concept voor " + ikc.name + " in " + round.title);
    }

    private static boolean exists(SubsidyRound round, Ikc ikc) {
        return SubsidyApplication.count("round = ?1 and ikc = ?2", round, ikc) > 0;
    }

    /** The draft as the school board's applicant wrote it (created and last saved at the given moment). */
    private static SubsidyApplication application(SubsidyRound round, Ikc ikc, Plan plan, Instant createdAt) {
        SubsidyApplication application = new SubsidyApplication();
        application.round = round;
        application.ikc = ikc;
        application.why = text(plan.waarom());
        application.how = text(plan.hoe());
        application.what = text(plan.wat());
        application.support = text(plan.draagvlak());
        application.extendedLearningTime = plan.verlengdeLeertijd();
        for (int criterion = 1; criterion <= plan.zelfevaluatie().size(); criterion++) {
            List<IntegrationLevel> levels = plan.zelfevaluatie().get(criterion - 1);
            application.selfAssessment.add(new SelfAssessmentEntry(criterion, levels.get(0), levels.get(1)));
        }
        application.replaceBudget(plan.begroting().stream().map(l -> new BudgetLine(l.omschrijving(),
                money(l.bedrag()), money(l.onderwijs()), money(l.kinderopvang()), money(l.overig()))).toList());
        application.partners.addAll(ikc.childcarePartners);
        application.createdAt = createdAt;
        application.createdBy = APPLICANT.get(ikc.schoolBoard.name);
        application.updatedAt = createdAt;
        application.updatedBy = application.createdBy;
        return application;
    }

    private Map<String, List<Plan>> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/aanvragen.json")) {
            if (in == null) {
                throw new IllegalStateException("Demo resource missing: demo/aanvragen.json");
            }
            return mapper.readValue(in, mapper.getTypeFactory().constructMapType(Map.class,
                    mapper.getTypeFactory().constructType(String.class),
                    mapper.getTypeFactory().constructCollectionType(List.class, Plan.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return at(LocalDate.of(year, month, day), hour);
    }

    private static Instant at(LocalDate date, int hour) {
        return LocalDateTime.of(date, LocalTime.of(hour, 0)).atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}
