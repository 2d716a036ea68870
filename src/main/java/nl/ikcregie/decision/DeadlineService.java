package nl.ikcregie.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The programme's deadlines: the decision term of every application not yet decided (suspended
 * during herstelverzuim), the due dates of the obligations in decisions in force, and the term
 * for deciding on every open objection; and whatever the {@link DeadlineSource}s of other features add.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeadlineService {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Deadlines of other features (yearly reports, ...), which this package does not know. */
    @Inject
    Instance<DeadlineSource> sources;

    /** How long the start page and the deadlines page may show a computed list (the reminder job never uses it). */
    @ConfigProperty(name = "ikc.deadlines.keep", defaultValue = "PT1M")
    Duration keep;

    private volatile RecentAttention recent;

    /**
     * What is late or due within two weeks, for the projectleider's start page and the deadlines page;
     * computed at most once per {@code ikc.deadlines.keep} (one minute) per instance, and afresh each day.
     */
    public List<Deadline> needingAttention() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("De termijnen zijn voor de projectleider.");
        }
        RecentAttention kept = recent;
        if (kept == null) {
            kept = new RecentAttention(keep);
            recent = kept;
        }
        LocalDate today = today();
        return kept.get(today, clock.instant(), () -> Deadline.attention(all(), today));
    }

    /** Forgets the kept list, so this instance's next start page shows a change at once. */
    void onDecision(@Observes DecisionRecorded recorded) {
        RecentAttention kept = recent;
        if (kept != null) {
            kept.forget();
        }
    }

    /** How many deadlines the start page shows; the rest are on the deadlines page. */
    public static final int SHOWN_ON_START_PAGE = 10;

    /** The start page's view of what needs attention: the most urgent few and the counts. */
    public Deadline.Summary attentionSummary() {
        return Deadline.summarise(needingAttention(), today(), SHOWN_ON_START_PAGE);
    }

    /** Every running deadline (no caller check: the reminder job runs without one). */
    public List<Deadline> all() {
        LocalDate today = today();
        List<Deadline> deadlines = new ArrayList<>();
        for (SubsidyApplication a : SubsidyApplication.listAwaitingDecision()) {
            deadlines.add(new Deadline(Deadline.Kind.BESLISTERMIJN, "aanvraag-" + a.id, a.ikc.name + " (" + a.reference + ")",
                    "Besluit op de aanvraag (" + a.status.label().toLowerCase() + ")", a.decisionDeadline(today),
                    "/aanvragen/" + a.id, null));
        }
        for (Decision d : Decision.<Decision>list("select d from Decision d join fetch d.application a "
                + "join fetch a.ikc where d.inForce = true and d.obligations is not empty")) {
            for (int i = 0; i < d.obligations.size(); i++) {
                DecisionObligation o = d.obligations.get(i);
                if (o.fulfilledOn == null) {
                    deadlines.add(new Deadline(Deadline.Kind.INSPANNINGSVERPLICHTING, "verplichting-" + d.id + "-" + (i + 1),
                            d.application.ikc.name + " (" + d.reference + ")", o.description, o.dueOn,
                            "/aanvragen/" + d.application.id + "/besluiten", null));
                }
            }
        }
        for (Objection o : Objection.listOpen()) {
            deadlines.add(new Deadline(Deadline.Kind.BEZWAAR, "bezwaar-" + o.id,
                    o.decision.application.ikc.name + " (" + o.decision.reference + ")",
                    "Beslissing op het bezwaar van " + o.objector, o.deadline(),
                    "/aanvragen/" + o.decision.application.id + "/besluiten", null));
        }
        for (DeadlineSource source : sources) {
            deadlines.addAll(source.deadlines(today));
        }
        return deadlines;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
