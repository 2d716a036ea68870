package nl.ikcregie.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The programme's steps as the ITs drive them through the JSON API: the projectleider opens a round,
 * an aanvrager of a demo school board starts, fills and submits applications for its own IKCs.
 */
final class Scenario {

    /** The demo aanvragers of the three school boards, with their organisation's name. */
    static final Map<String, String> APPLICANTS = Map.of("aanvrager-proloog", "Proloog", "aanvrager-pcbo", "PCBO e.o.",
            "aanvrager-bms", "Bisschop Möller Stichting");
    static final String[] LEVELS = { "BACK_TO_BACK", "FACE_TO_FACE", "HAND_IN_HAND", "CHEEK_TO_CHEEK", "INTEGRAAL" };
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Scenario() {
    }

    /** The ids of the IKCs whose school board the applicant works for (the only ones it may apply for). */
    static List<Long> ownIkcs(AppInstance app, String applicant) {
        Http http = Http.basic(app, applicant);
        String organisation = APPLICANTS.get(applicant);
        long organisationId = -1;
        for (JsonNode o : http.get("/api/v1/organisaties").expect(200).json()) {
            if (organisation.equals(o.path("naam").asText())) {
                organisationId = o.path("id").asLong();
            }
        }
        List<Long> ikcs = new ArrayList<>();
        for (JsonNode ikc : http.get("/api/v1/ikcs").expect(200).json()) {
            if (ikc.path("organisatieId").asLong() == organisationId) {
                ikcs.add(ikc.path("id").asLong());
            }
        }
        if (ikcs.isEmpty()) {
            throw new AssertionError(applicant + " (" + organisation + ", id " + organisationId + ") has no IKC of its own");
        }
        return ikcs;
    }

    static long roundId(AppInstance app, String title) {
        for (JsonNode round : Http.basic(app, "projectleider").get("/api/v1/subsidierondes").expect(200).json()) {
            if (title.equals(round.path("titel").asText())) {
                return round.path("id").asLong();
            }
        }
        throw new AssertionError("No round titled " + title);
    }

    /**
     * Creates a round as the projectleider and opens it: open since an hour ago for a month, with the
     * given ceiling, the demo's maximum of EUR 50,000 per IKC per year and the given decision term.
     */
    static long openRound(AppInstance app, int year, String ceiling, int decisionTermWeeks) {
        Http projectleider = Http.basic(app, "projectleider");
        OffsetDateTime now = OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> round = Http.object(
                "jaar", Integer.toString(year),
                "titel", "Storingsproef " + UUID.randomUUID(),
                "subsidieplafond", ceiling,
                "maximumPerIkc", "50000",
                "openingsmoment", now.minusHours(1).toString(),
                "sluitingsmoment", now.plusDays(30).toString(),
                "beslisdatum", LocalDate.now(AMSTERDAM).plusDays(90).toString(),
                "beslistermijnWeken", Integer.toString(decisionTermWeeks),
                "criteria", List.of(Http.object("naam", "Kwaliteit van het plan", "omschrijving", "Het plan als geheel.",
                        "gewicht", "100")));
        JsonNode created = projectleider.post("/api/v1/subsidierondes", round).expect(201).json();
        long id = created.path("id").asLong();
        JsonNode opened = projectleider.post("/api/v1/subsidierondes/" + id + "/opening",
                Http.object("versie", created.path("versie").asLong())).expect(200).json();
        if (!"OPEN".equals(opened.path("status").asText())) {
            throw new AssertionError("The round did not open: " + opened);
        }
        return id;
    }

    /** Starts a draft for one of the caller's IKCs; the key makes a retried start harmless. */
    static Http.Answer start(Http applicant, long roundId, long ikcId, String idempotencyKey) {
        return applicant.post("/api/v1/subsidierondes/" + roundId + "/aanvragen",
                Http.object("ikcId", Long.toString(ikcId)), "Idempotency-Key", idempotencyKey);
    }

    /**
     * A complete application's content for the draft: plan, support, all 12 self-assessment rows and
     * small budget lines (cents to tens of euros), so that one IKC's yearly maximum allows many.
     */
    static Map<String, Object> content(JsonNode draft, String label, int seed) {
        List<Object> selfAssessment = new ArrayList<>();
        for (int criterion = 1; criterion <= 12; criterion++) {
            int current = (criterion + seed) % 3;
            selfAssessment.add(Http.object("criterium", criterion, "huidigNiveau", LEVELS[current],
                    "ambitieNiveau", LEVELS[current + 1 + seed % 2]));
        }
        List<Object> budget = List.of(
                Http.object("omschrijving", "Scholing team " + label, "bedrag", (10 + seed % 7) + ".25"),
                Http.object("omschrijving", "Ouderbijeenkomsten " + label, "bedrag", "3.10",
                        "cofinancieringOnderwijs", "1.00"));
        List<Object> partners = new ArrayList<>();
        draft.path("kinderopvangIds").forEach(p -> partners.add(p.asLong()));
        return Http.object(
                "plan", Http.object("waarom", "Waarom " + label, "hoe", "Hoe " + label, "wat", "Wat " + label),
                "draagvlak", "Team, ouderraad en MR steunen het plan (" + label + ").",
                "verlengdeLeertijd", false,
                "zelfevaluatie", selfAssessment,
                "begrotingsregels", budget,
                "kinderopvangIds", partners,
                "versie", draft.path("versie").asLong());
    }

    static Http.Answer submit(Http applicant, long applicationId, long version) {
        return applicant.post("/api/v1/aanvragen/" + applicationId + "/indiening", Http.object("versie", version));
    }

    /** Starts, fills and submits one application; answers the submitted application. */
    static JsonNode submitNew(Http applicant, long roundId, long ikcId, String label) {
        JsonNode draft = start(applicant, roundId, ikcId, UUID.randomUUID().toString()).expect(201).json();
        long id = draft.path("id").asLong();
        JsonNode filled = applicant.put("/api/v1/aanvragen/" + id, content(draft, label, (int) id)).expect(200).json();
        return submit(applicant, id, filled.path("versie").asLong()).expect(200).json();
    }
}
