package nl.ikcregie;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.application.ApplicationResourceTest;

/**
 * A closed round of its own (in a fresh year, so nothing else touches it) with ontvankelijk
 * applications, built through the API the way school boards and the projectleider do it. Tests
 * that assess, advise or decide use one instead of the demo data.
 */
public final class ClosedRounds {

    private ClosedRounds() {
    }

    /** A closed round and its applications by IKC name. */
    public record ClosedRound(long id, int year, Map<String, Long> applications) {

        public long application(String ikc) {
            return applications.get(ikc);
        }
    }

    /** The demo's five criteria, so an assessment has five scores as in the demo round. */
    public static final List<Map<String, Object>> CRITERIA = List.of(Map.of("naam", "Gedeelde visie en IKC-profiel", "gewicht", 25),
            Map.of("naam", "Aansluiting op wat kinderen nodig hebben", "gewicht", 25),
            Map.of("naam", "Samenwerking onderwijs en kinderopvang", "gewicht", 20),
            Map.of("naam", "Betrokkenheid van ouders", "gewicht", 15),
            Map.of("naam", "Haalbaarheid en begroting", "gewicht", 15));

    /** A round with ceiling {@code ceiling}, applications of 30,000 for each IKC, closed and declared complete. */
    public static ClosedRound of(String ceiling, String... ikcs) {
        Map<String, String> amounts = new LinkedHashMap<>();
        for (String ikc : ikcs) {
            amounts.put(ikc, "30000");
        }
        return of(ceiling, amounts);
    }

    /** A round with ceiling {@code ceiling} and one application per IKC for the amount given. */
    public static ClosedRound of(String ceiling, Map<String, String> amountPerIkc) {
        return of(ceiling, amountPerIkc, Map.of());
    }

    /**
     * A round with ceiling {@code ceiling}, one application per IKC for the amount given and, for the
     * IKCs in {@code planPerIkc}, that text as what the plan will do (the plan's "wat").
     */
    public static ClosedRound of(String ceiling, Map<String, String> amountPerIkc, Map<String, String> planPerIkc) {
        int year = Rounds.freshYear();
        Map<String, Object> body = Rounds.body(year, ceiling, "50000");
        body.put("criteria", CRITERIA);
        long round = Sessions.api("projectleider").contentType("application/json").body(body)
                .post("/api/v1/subsidierondes").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + round + "/opening").then().statusCode(200);
        Map<String, Long> applications = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : amountPerIkc.entrySet()) {
            String user = applicantOf(entry.getKey());
            long id = ApplicationResourceTest.draft(round, user, entry.getKey()).getLong("id");
            Map<String, Object> content = ApplicationResourceTest.content(id, 0, entry.getValue());
            if (planPerIkc.containsKey(entry.getKey())) {
                @SuppressWarnings("unchecked")
                Map<String, Object> plan = new LinkedHashMap<>((Map<String, Object>) content.get("plan"));
                plan.put("wat", planPerIkc.get(entry.getKey()));
                content.put("plan", plan);
            }
            Sessions.api(user).contentType("application/json").body(content)
                    .put("/api/v1/aanvragen/" + id).then().statusCode(200);
            Sessions.api(user).contentType("application/json").body(Map.of("versie", 1))
                    .post("/api/v1/aanvragen/" + id + "/indiening").then().statusCode(200);
            applications.put(entry.getKey(), id);
        }
        long version = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round).jsonPath().getLong("versie");
        Sessions.api("projectleider").contentType("application/json")
                .body(Map.of("versie", version, "reden", "Testronde: alle aanvragen zijn binnen"))
                .post("/api/v1/subsidierondes/" + round + "/sluiting").then().statusCode(200);
        for (long id : applications.values()) {
            long applicationVersion = Sessions.api("projectleider").get("/api/v1/aanvragen/" + id).jsonPath()
                    .getLong("versie");
            Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", applicationVersion))
                    .post("/api/v1/aanvragen/" + id + "/ontvankelijkverklaring").then().statusCode(200);
        }
        return new ClosedRound(round, year, applications);
    }

    /** The demo aanvrager of the school board the IKC belongs to. */
    public static String applicantOf(String ikc) {
        long board = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .getLong("find { it.naam == '" + ikc + "' }.organisatieId");
        String name = Sessions.api("projectleider").get("/api/v1/organisaties/" + board).jsonPath().getString("naam");
        return switch (name) {
            case "Proloog" -> "aanvrager-proloog";
            case "PCBO e.o." -> "aanvrager-pcbo";
            case "Bisschop Möller Stichting" -> "aanvrager-bms";
            default -> throw new IllegalArgumentException("No demo aanvrager for " + name);
        };
    }

    /** A commissielid's assessment: the same score on each of the five criteria and a proposed amount. */
    public static void assess(String member, long application, int score, String amount) {
        Sessions.api(member).contentType("application/json")
                .body(nl.ikcregie.assessment.AssessmentFixtures.assessment(score, amount))
                .post("/api/v1/aanvragen/" + application + "/beoordelingen").then().statusCode(201);
    }
}
