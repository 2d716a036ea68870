package nl.ikcregie.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.account.User;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.assessment.Assessment;
import nl.ikcregie.assessment.AssessmentService;
import nl.ikcregie.assessment.Consensus;
import nl.ikcregie.assessment.ProposedObligation;
import nl.ikcregie.assessment.Score;
import nl.ikcregie.decision.AdviceService;
import nl.ikcregie.decision.Decision;
import nl.ikcregie.decision.DecisionOutcome;
import nl.ikcregie.decision.DecisionService;
import nl.ikcregie.decision.Objection;
import nl.ikcregie.round.AssessmentCriterion;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Roles;

/**
 * The finished round 2026 of CONTRACT.md: every application assessed by each commissielid without
 * a conflict of interest (April), the commissie's consensus, the advice established (May), the
 * college's decisions following it (15 June, letters sent 18 June), one obligation met, and one
 * objection under way. Scores are derived from the application's place in the round, so the demo
 * is the same on every machine. Runs inside {@link DemoData#load()}'s transaction, once.
 */
@ApplicationScoped
class DemoDecisions {

    static final LocalDate DECIDED_ON = LocalDate.of(2026, 6, 15);
    static final LocalDate SENT_ON = LocalDate.of(2026, 6, 18);
    /** Due dates of the obligations: one passed, one near, two later. */
    static final List<LocalDate> DUE_DATES = List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 4),
            LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));

    @Inject
    AuditLog audit;

    @Inject
    AdviceService advice;

    @Inject
    DecisionService decisions;

    void load() {
        SubsidyRound round = SubsidyRound.findByTitle(DemoApplications.ROUND_2026).orElseThrow();
        if (round.status != RoundStatus.GESLOTEN) {
            return; // assessed, advised and decided before
        }
        List<User> members = User.list("role = ?1 and active = true order by username", Roles.COMMISSIELID);
        List<SubsidyApplication> applications = new ArrayList<>(SubsidyApplication.listForRound(round.id));
        applications.sort((a, b) -> a.reference.compareTo(b.reference));
        for (int i = 0; i < applications.size(); i++) {
            SubsidyApplication application = applications.get(i);
            if (application.status == ApplicationStatus.ONTVANKELIJK) {
                assess(application, i, members);
            }
        }
        advice.establishAs(round, "projectleider").establishedAt = LocalDateTime.of(2026, 5, 20, 10, 0)
                .atZone(ClockProducer.AMSTERDAM).toInstant();
        List<Decision> made = decisions.followAdviceAs(round, DECIDED_ON, SENT_ON, "bestuurder");
        made.stream().filter(d -> !d.obligations.isEmpty()).findFirst().ifPresent(d -> {
            d.obligations.get(0).fulfilledOn = d.obligations.get(0).dueOn.minusDays(12);
            audit.record(ApplicationService.AUDIT_TYPE, d.application.id, "VERPLICHTING_NAGEKOMEN", null, null, null,
                    d.obligations.get(0).description);
        });
        made.stream().filter(d -> d.outcome != DecisionOutcome.TOEGEKEND).findFirst().ifPresent(this::objection);
    }

    /** Each member without a conflict scores every criterion, then the commissie agrees. */
    private void assess(SubsidyApplication application, int index, List<User> members) {
        List<AssessmentCriterion> criteria = application.round.criteria;
        int base = application.ikc.priorityArea != null ? 4 : 2 + index % 3;
        List<Assessment> made = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            User member = members.get(m);
            if (member.organisationId != null && application.ikc.involves(member.organisationId)) {
                continue;
            }
            Assessment assessment = new Assessment();
            assessment.application = application;
            assessment.memberUsername = member.username;
            assessment.memberOrganisationId = member.organisationId;
            assessment.proposedAmount = application.requestedAmount;
            assessment.submittedAt = LocalDateTime.of(LocalDate.of(2026, 4, 14 + m * 3 + index % 3), LocalTime.of(14, 0))
                    .atZone(ClockProducer.AMSTERDAM).toInstant();
            for (int c = 1; c <= criteria.size(); c++) {
                int score = Math.max(1, Math.min(5, base + ((index + c + m) % 3 == 0 ? 1 : 0)
                        - ((index * c + m) % 5 == 0 ? 1 : 0)));
                assessment.scores.add(new Score(c, score, motivation(criteria.get(c - 1), score)));
            }
            assessment.persist();
            made.add(assessment);
            audit.record(ApplicationService.AUDIT_TYPE, application.id, "BEOORDEELD", null, null, null,
                    "Beoordeling door " + member.displayName);
        }
        application.startAssessment();
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "IN_BEOORDELING", "ONTVANKELIJK", "IN_BEOORDELING",
                null, "Eerste beoordeling door de commissie");
        consensus(application, index, made);
    }

    private void consensus(SubsidyApplication application, int index, List<Assessment> assessments) {
        List<AssessmentCriterion> criteria = application.round.criteria;
        BigDecimal total = BigDecimal.ZERO;
        for (Assessment a : assessments) {
            total = total.add(AssessmentService.weighted(a));
        }
        BigDecimal score = total.divide(BigDecimal.valueOf(assessments.size()), 2, RoundingMode.HALF_UP);
        int weakest = 1;
        double weakestMean = Double.MAX_VALUE;
        for (int c = 1; c <= criteria.size(); c++) {
            int criterion = c;
            double mean = assessments.stream().mapToInt(a -> a.scores.get(criterion - 1).score).average().orElse(0);
            if (mean < weakestMean) {
                weakestMean = mean;
                weakest = c;
            }
        }
        Consensus consensus = new Consensus();
        consensus.applicationId = application.id;
        consensus.finalScore = score;
        consensus.recommendedAmount = application.requestedAmount;
        consensus.motivation = "De commissie weegt de beoordelingen van " + assessments.size() + " leden en komt uit op "
                + score.toPlainString().replace('.', ',') + ". Het zwakste punt is '"
                + criteria.get(weakest - 1).name.toLowerCase() + "'.";
        if (weakestMean < 3.5) {
            consensus.obligations.add(new ProposedObligation("Werk aantoonbaar aan '" + criteria.get(weakest - 1).name
                    .toLowerCase() + "' en laat de voortgang zien in het PDCA-verslag.", DUE_DATES.get(index % DUE_DATES.size())));
        }
        consensus.recordedBy = "projectleider";
        consensus.recordedAt = LocalDateTime.of(2026, 5, 12, 16, 0).atZone(ClockProducer.AMSTERDAM).toInstant();
        consensus.persist();
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "CONSENSUS", null, null, null,
                "Eindscore " + score.toPlainString().replace('.', ','));
    }

    /** An objection under way: received in July, heard by an advisory committee, the term extended. */
    private void objection(Decision decision) {
        Objection objection = new Objection();
        objection.decision = decision;
        objection.receivedOn = LocalDate.of(2026, 7, 20);
        objection.objector = decision.application.ikc.schoolBoard.name + ", namens " + decision.application.ikc.name;
        objection.summary = "Het schoolbestuur vindt dat de commissie de samenwerking met de kinderopvang te laag heeft "
                + "gewaardeerd en vraagt het volledige bedrag.";
        objection.advisoryCommittee = true;
        objection.extensionWeeks = 6;
        objection.extensionReason = "De adviescommissie hoort beide partijen begin december.";
        objection.registeredBy = "projectleider";
        objection.registeredAt = LocalDateTime.of(2026, 7, 21, 9, 30).atZone(ClockProducer.AMSTERDAM).toInstant();
        objection.persist();
        audit.record(ApplicationService.AUDIT_TYPE, decision.application.id, "BEZWAAR_ONTVANGEN", null, null, null,
                "Bezwaar van " + objection.objector + " tegen " + decision.reference);
    }

    static String motivation(AssessmentCriterion criterion, int score) {
        String name = criterion.name.toLowerCase();
        if (score >= 4) {
            return "Op " + name + " is het plan overtuigend: concreet, met een duidelijke eigenaar en meetbare stappen.";
        }
        if (score == 3) {
            return "Op " + name + " is het plan voldoende uitgewerkt, maar op onderdelen nog algemeen.";
        }
        return "Op " + name + " is het plan nog onvoldoende onderbouwd; het blijft bij voornemens.";
    }
}
