package nl.ikcregie.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.account.AccountService.CommitteeMember;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.round.RoundService;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Page;
import nl.ikcregie.shared.NotFoundException;
import nl.ikcregie.shared.Roles;

/**
 * Who assesses which application. By default every commissielid without a conflict of interest;
 * once the projectleider chooses, exactly the chosen members. A member with a conflict can never be
 * chosen, and a member who submitted stays assigned.
 */
@ApplicationScoped
@Transactional
public class AssignmentService {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ApplicationService applications;

    @Inject
    AccountService accounts;

    @Inject
    RoundService rounds;

    /** The assessable applications of a round with their panels, for the projectleider's overview. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Panel> round(long roundId) {
        requireProjectleider();
        rounds.getVisible(roundId);
        return panels(applications.assessableApplications(roundId));
    }

    /** How many applications a page of the round's assessment overview shows (each with a row of checkboxes). */
    public static final int PAGE_SIZE = 25;

    /** One page of the round's panels: only that page's applications are looked at further. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Panel> roundPage(long roundId, String page) {
        requireProjectleider();
        rounds.getVisible(roundId);
        return Page.of(applications.assessableApplications(roundId), page, PAGE_SIZE).map(this::panels);
    }

    /** The panel of one application, for the projectleider. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Panel panel(long applicationId) {
        requireProjectleider();
        return panels(List.of(assignable(applicationId))).get(0);
    }

    /** Whether this member is assigned to the application (their conflicts are checked apart from this). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isAssigned(long applicationId, String username) {
        Assignment explicit = Assignment.findById(applicationId);
        return explicit == null || explicit.members.contains(username);
    }

    /** The projectleider assigns exactly these members to one application (API and form). */
    public Panel assign(long applicationId, ToewijzingInvoer input) {
        requireProjectleider();
        SubsidyApplication application = assignable(applicationId);
        Panel panel = panels(List.of(application)).get(0);
        Assignment explicit = Assignment.findById(application.id);
        if (explicit != null) {
            ConflictException.requireVersion(input.versie, explicit.version);
        }
        InputRules rules = new InputRules();
        Set<String> chosen = chosen(rules, "commissieleden", input.commissieleden, panel);
        rules.throwIfAny();
        save(application, explicit, chosen);
        return panels(List.of(application)).get(0);
    }

    /**
     * The round's assignment form: every row whose choice differs from what holds now is saved
     * (or only the row of {@code alleen}); rows left as they were keep the default.
     */
    public int assignRound(long roundId, ToewijzingenInvoer input) {
        requireProjectleider();
        rounds.getVisible(roundId);
        // only the rows of the form (one page of the round) are looked at
        Set<String> posted = new HashSet<>();
        if (input.toewijzingen != null) {
            input.toewijzingen.stream().filter(r -> r != null && r.aanvraagId != null).forEach(r -> posted.add(r.aanvraagId.strip()));
        }
        Map<Long, Panel> panels = panels(applications.assessableApplications(roundId).stream()
                .filter(a -> posted.contains(String.valueOf(a.id))).toList()).stream()
                .collect(Collectors.toMap(p -> p.application().id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Assignment> explicit = Assignment.forApplications(List.copyOf(panels.keySet())).stream()
                .collect(Collectors.toMap(a -> a.applicationId, Function.identity()));
        InputRules rules = new InputRules();
        Long only = rules.optionalId("alleen", input.alleen);
        Map<Panel, Set<String>> changes = new LinkedHashMap<>();
        List<ToewijzingenInvoer.Rij> rows = input.toewijzingen == null ? List.of() : input.toewijzingen;
        for (int i = 0; i < rows.size(); i++) {
            ToewijzingenInvoer.Rij row = rows.get(i);
            Long applicationId = row == null ? null : rules.optionalId("toewijzingen[" + i + "].aanvraagId", row.aanvraagId);
            Panel panel = applicationId == null ? null : panels.get(applicationId);
            if (panel == null || (only != null && !only.equals(applicationId))) {
                continue;
            }
            Set<String> asked = new TreeSet<>(row.commissieleden == null ? List.of() : row.commissieleden);
            if (asked.equals(panel.assignedUsernames())) {
                continue; // unchanged: a default stays a default
            }
            Assignment current = explicit.get(applicationId);
            if (current != null) {
                ConflictException.requireVersion(row.versie, current.version);
            }
            changes.put(panel, chosen(rules, "toewijzingen[" + i + "].commissieleden", row.commissieleden, panel));
        }
        rules.throwIfAny();
        changes.forEach((panel, chosen) -> save(panel.application(), explicit.get(panel.application().id), chosen));
        return changes.size();
    }

    /** The choice checked against the panel: at least one member, each a commissielid without a conflict. */
    private static Set<String> chosen(InputRules rules, String field, List<String> usernames, Panel panel) {
        Set<String> chosen = new TreeSet<>();
        Set<String> seen = new java.util.HashSet<>();
        Set<String> repeated = new TreeSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            if (username == null || username.isBlank()) {
                continue;
            }
            if (!seen.add(username.strip())) {
                repeated.add(username.strip()); // a form sends each member once; a list with repeats is not a choice
                continue;
            }
            Panel.Seat seat = panel.seat(username.strip());
            if (seat == null) {
                rules.add(field, "'" + username.strip() + "' is geen lid van de IKC-commissie.");
            } else if (!seat.selectable()) {
                rules.add(field, seat.name() + " beoordeelt deze aanvraag niet: " + seat.conflict() + ".");
            } else {
                chosen.add(seat.username());
            }
        }
        repeated.forEach(username -> rules.add(field, "'" + username + "' staat er meer dan één keer in."));
        if (chosen.isEmpty() && !rules.hasError(field)) {
            rules.add(field, "Kies ten minste één commissielid.");
        }
        for (Panel.Seat seat : panel.seats()) {
            if (seat.submitted() && !chosen.contains(seat.username()) && seat.selectable()) {
                rules.add(field, seat.name() + " heeft deze aanvraag al beoordeeld en blijft toegewezen.");
            }
        }
        return chosen;
    }

    private void save(SubsidyApplication application, Assignment explicit, Set<String> chosen) {
        if (explicit != null && new TreeSet<>(explicit.members).equals(chosen)) {
            return;
        }
        Assignment assignment = explicit;
        if (assignment == null) {
            assignment = new Assignment();
            assignment.applicationId = application.id;
        }
        assignment.members.clear();
        assignment.members.addAll(chosen);
        assignment.assignedAt = clock.instant();
        assignment.assignedBy = caller.username();
        if (explicit == null) {
            assignment.persist();
        }
        Map<String, String> names = names();
        audit.record(ApplicationService.AUDIT_TYPE, application.id, "TOEGEWEZEN", null, null, null,
                "Beoordelaars: " + chosen.stream().map(u -> names.getOrDefault(u, u)).collect(Collectors.joining(", ")));
    }

    /**
     * The panels of these applications, in a fixed number of queries: members, explicit assignments,
     * declarations, submitted assessments and consensus.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Panel> panels(List<SubsidyApplication> list) {
        List<Long> ids = list.stream().map(a -> a.id).toList();
        List<CommitteeMember> members = accounts.committeeMembers();
        Map<Long, Assignment> explicit = Assignment.forApplications(ids).stream()
                .collect(Collectors.toMap(a -> a.applicationId, Function.identity()));
        Set<ConflictDeclaration.Key> declared = ConflictDeclaration.forApplications(ids).stream().map(d -> d.key)
                .collect(Collectors.toSet());
        Map<Long, List<Assessment>> submitted = new HashMap<>();
        for (Assessment a : Assessment.forApplications(ids)) {
            submitted.computeIfAbsent(a.application.id, k -> new ArrayList<>()).add(a);
        }
        Map<Long, Consensus> consensus = ids.isEmpty() ? Map.of()
                : Consensus.<Consensus>list("applicationId in ?1", ids).stream()
                        .collect(Collectors.toMap(c -> c.applicationId, Function.identity()));
        Map<String, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.username(), m.displayName()));
        List<Panel> panels = new ArrayList<>();
        for (SubsidyApplication application : list) {
            Assignment chosen = explicit.get(application.id);
            List<Assessment> done = submitted.getOrDefault(application.id, List.of());
            Set<String> doneBy = done.stream().map(a -> a.memberUsername).collect(Collectors.toSet());
            List<Panel.Seat> seats = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CommitteeMember m : members) {
                String conflict = ApplicationService.conflictReason(application, m.organisationId(),
                        declared.contains(new ConflictDeclaration.Key(application.id, m.username()))).orElse(null);
                boolean assigned = conflict == null && (chosen == null || chosen.members.contains(m.username()));
                seats.add(new Panel.Seat(m.username(), m.displayName(), conflict, assigned || doneBy.contains(m.username()),
                        doneBy.contains(m.username())));
                seen.add(m.username());
            }
            // a member who submitted and has since left the commissie still shows with their assessment
            for (String username : new LinkedHashSet<>(doneBy)) {
                if (!seen.contains(username)) {
                    seats.add(new Panel.Seat(username, username, null, true, true));
                }
            }
            List<Scored> scored = done.stream()
                    .map(a -> new Scored(a, names.getOrDefault(a.memberUsername, a.memberUsername), AssessmentService.weighted(a)))
                    .toList();
            panels.add(new Panel(application, chosen == null ? null : chosen.version, seats, scored,
                    consensus.get(application.id)));
        }
        return panels;
    }

    /** The members' display names by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names() {
        return accounts.committeeMembers().stream()
                .collect(Collectors.toMap(CommitteeMember::username, CommitteeMember::displayName, (a, b) -> a));
    }

    private SubsidyApplication assignable(long applicationId) {
        SubsidyApplication application = SubsidyApplication.findById(applicationId);
        if (application == null) {
            throw new NotFoundException("Aanvraag");
        }
        if (!ApplicationService.isAssessable(application)) {
            throw new ConflictException("Alleen een ontvankelijke aanvraag in een gesloten ronde wordt beoordeeld.");
        }
        return application;
    }

    private void requireProjectleider() {
        if (!caller.hasRole(Roles.PROJECTLEIDER)) {
            throw new ForbiddenException("Alleen de projectleider wijst de beoordelaars toe.");
        }
    }
}
