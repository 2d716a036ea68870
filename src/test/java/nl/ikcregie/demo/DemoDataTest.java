package nl.ikcregie.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ikcregie.Sessions;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.round.RoundStatus;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.AuditEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    static final List<String> TABLES = List.of("organisation", "priority_area", "ikc", "ikc_childcare_partner",
            "app_user", "subsidy_round", "subsidy_application", "application_budget_line",
            "application_self_assessment", "application_completion_request", "assessment", "consensus", "advice",
            "advice_line", "decision", "decision_obligation", "objection", "plus_designation",
            "plus_designation_condition", "plus_designation_attachment", "plus_designation_review",
            "result_agreement", "agreement_version",
            "agreement_goal", "agreement_indicator", "agreement_indicator_target", "agreement_contribution",
            "agreement_staffing", "agreement_consent", "agreement_evaluation", "annual_report",
            "annual_report_indicator", "annual_report_spending", "annual_report_level", "annual_report_obligation",
            "annual_report_staffing", "settlement");

    @Inject
    DemoData demo;

    @Inject
    EntityManager em;

    Map<String, Long> counts() {
        return TABLES.stream().collect(Collectors.toMap(Function.identity(),
                t -> ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult()).longValue()));
    }

    @Test
    void loadingTwiceGivesTheSameRowCounts() {
        Map<String, Long> before = counts();
        demo.load();
        demo.load();
        assertEquals(before, counts());
    }

    @Test
    @Transactional
    void theDemoYearHasItsRoundsAndApplications() {
        SubsidyRound finished = SubsidyRound.findByTitle("Subsidieronde 2026").orElseThrow();
        List<SubsidyApplication> submitted = SubsidyApplication.listForRound(finished.id);
        assertEquals(29, submitted.size());
        assertEquals(0, submitted.stream().filter(a -> a.status == ApplicationStatus.CONCEPT).count());
        assertEquals(3, submitted.stream().filter(a -> !a.completionRequests.isEmpty()).count());
        SubsidyApplication completed = submitted.stream().filter(a -> !a.completionRequests.isEmpty()).findFirst()
                .orElseThrow();
        List<String> history = AuditEvent.history(ApplicationService.AUDIT_TYPE, completed.id).stream()
                .map(e -> e.action).toList();
        assertEquals(List.of("ONTVANKELIJK_VERKLAARD", "AANGEVULD", "AANVULLING_GEVRAAGD", "INGEDIEND", "AANGEMAAKT"),
                history.subList(history.size() - 5, history.size()));
        assertEquals(List.of("BESLOTEN", "GEADVISEERD", "CONSENSUS", "IN_BEOORDELING"), history.subList(0, 4));
        // the finished round: assessed by every member without a conflict, advised within the ceiling, decided
        assertEquals(RoundStatus.BESLOTEN, finished.status);
        assertTrue(submitted.stream().allMatch(a -> a.status.isDecided()));
        for (SubsidyApplication a : submitted) {
            long members = nl.ikcregie.account.User.<nl.ikcregie.account.User>list("role", "commissielid").stream()
                    .filter(u -> !a.ikc.involves(u.organisationId)).count();
            assertEquals(members, nl.ikcregie.assessment.Assessment.count("application.id", a.id), a.ikc.name);
        }
        nl.ikcregie.decision.EstablishedAdvice advice = nl.ikcregie.decision.EstablishedAdvice.findById(finished.id);
        assertTrue(advice.total.compareTo(new java.math.BigDecimal("750000")) <= 0, "advice " + advice.total);
        assertEquals(29, nl.ikcregie.decision.Decision.count("application.round.id = ?1 and inForce = true", finished.id));
        assertEquals(1, nl.ikcregie.decision.Objection.count("outcome is null and decision.application.round.id = ?1",
                finished.id));
        SubsidyRound open = SubsidyRound.findByTitle("Subsidieronde 2027").orElseThrow();
        assertEquals(RoundStatus.OPEN, open.status);
        List<SubsidyApplication> drafts = SubsidyApplication.listForRound(open.id);
        assertEquals(4, drafts.size());
        assertTrue(drafts.stream().allMatch(a -> a.status == ApplicationStatus.CONCEPT && a.reference == null));
    }

    @Test
    void theDemoRoundsLettersAreReadable() {
        long round = Sessions.api("projectleider").get("/api/v1/subsidierondes").jsonPath()
                .getLong("find { it.titel == 'Subsidieronde 2026' }.id");
        List<Map<String, Object>> decisions = Sessions.api("bestuurder")
                .get("/api/v1/subsidierondes/" + round + "/besluiten").jsonPath().getList("$");
        assertEquals(29, decisions.size());
        Map<String, Object> withObligation = decisions.stream()
                .filter(d -> !((List<?>) d.get("inspanningsverplichtingen")).isEmpty()).findFirst().orElseThrow();
        String text = nl.ikcregie.PdfText.of(Sessions.api("projectleider").accept("application/pdf")
                .get("/api/v1/besluiten/" + withObligation.get("id") + "/beschikking.pdf").then().statusCode(200)
                .extract().asByteArray());
        assertTrue(text.contains("Inspanningsverplichtingen") && text.contains("15 juni 2026")
                && text.contains("30 juli 2026"), text);
    }

    @Test
    void theDemoYearHasTheContractsReferenceData() {
        List<Map<String, Object>> ikcs = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath().getList("$");
        // other tests add Plus-IKCs of their own (result agreements need one), so the nine are checked by name
        for (String name : List.of("IKC Montessori/Eestroom", "IKC Aventurijn", "IKC Plataan", "OBS Potmarge",
                "IKC het Palet", "IKC Prins Maurits", "IKC Prins Constantijn", "IKC de Kinderkoepel",
                "IKC Franciscus")) {
            assertEquals(1, ikcs.stream().filter(i -> name.equals(i.get("naam")) && "PLUS".equals(i.get("categorie"))
                    && i.get("aandachtsgebiedId") != null).count(), name);
        }
        List<String> areas = Sessions.api("projectleider").get("/api/v1/aandachtsgebieden").jsonPath()
                .getList("naam");
        assertEquals(true, areas.containsAll(List.of("Heechterp & Schieringen", "Vrijheidswijk",
                "Bilgaard & Havankpark e.o.", "Potmargezone", "Oud-Oost", "Nijlân & De Zwette", "Huizum-West")));
        for (String user : List.of("beheerder", "projectleider", "bestuurder", "ontwikkelgroep", "aanvrager-proloog",
                "aanvrager-pcbo", "aanvrager-bms", "aanvrager-sinne", "commissie-proloog", "commissie-pcbo",
                "commissie-bms", "commissie-sinne")) {
            Sessions.login(user);
        }
    }
}
