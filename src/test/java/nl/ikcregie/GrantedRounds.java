package nl.ikcregie;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decided round of its own: a closed round (see {@link ClosedRounds}) whose applications of
 * 30,000 each are assessed, given a consensus with one inspanningsverplichting, advised and
 * granted by the college following the advice. Tests of yearly reports, settlements, monitoring
 * and exports start from one instead of the demo data.
 */
public final class GrantedRounds {

    private GrantedRounds() {
    }

    /** The decided round, its applications and the decision in force on each, by IKC name. */
    public record GrantedRound(long id, int year, Map<String, Long> applications, Map<String, Long> decisions) {

        public long application(String ikc) {
            return applications.get(ikc);
        }

        public long decision(String ikc) {
            return decisions.get(ikc);
        }
    }

    /**
     * A round with ceiling {@code ceiling} and the given IKCs (of the demo school boards Proloog, PCBO
     * or BMS); each application is granted what the allocation gives it within the ceiling.
     */
    public static GrantedRound of(String ceiling, String... ikcs) {
        ClosedRounds.ClosedRound round = ClosedRounds.of(ceiling, ikcs);
        for (String ikc : ikcs) {
            long application = round.application(ikc);
            ClosedRounds.assess(memberWithoutConflict(ikc), application, 4, "30000");
            Map<String, Object> consensus = new LinkedHashMap<>();
            consensus.put("eindscore", "4");
            consensus.put("geadviseerdBedrag", "30000");
            consensus.put("motivering", "Een sterk plan van " + ikc + ".");
            consensus.put("inspanningsverplichtingen", List.of(Map.of("omschrijving",
                    "Een gezamenlijk ouderprogramma van school en opvang", "deadline",
                    obligationDue(round.year()).toString())));
            Sessions.api("projectleider").contentType("application/json").body(consensus)
                    .put("/api/v1/aanvragen/" + application + "/consensus").then().statusCode(200);
        }
        long version = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + round.id()).jsonPath()
                .getLong("versie");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", version))
                .post("/api/v1/subsidierondes/" + round.id() + "/advies/vaststelling").then().statusCode(200)
                .body("status", equalTo("VASTGESTELD"));
        List<Map<String, Object>> decided = Sessions.api("bestuurder").contentType("application/json")
                .body(Map.of("besluitdatum", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString()))
                .post("/api/v1/subsidierondes/" + round.id() + "/besluiten").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : round.applications().entrySet()) {
            JsonPath decision = Sessions.api("projectleider").get("/api/v1/aanvragen/" + entry.getValue() + "/besluiten")
                    .jsonPath();
            decisions.put(entry.getKey(), decision.getLong("find { it.geldend }.id"));
        }
        if (decided.size() != ikcs.length) {
            throw new IllegalStateException("Expected a decision per application, got " + decided.size());
        }
        return new GrantedRound(round.id(), round.year(), round.applications(), decisions);
    }

    /** The end of the round's year, or (for a test year in the past) half a year from now: a deadline lies ahead. */
    public static LocalDate obligationDue(int year) {
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        return endOfYear.isAfter(today) ? endOfYear : today.plusMonths(6);
    }

    /** A commissielid without a conflict of interest: not of the IKC's own school board. */
    static String memberWithoutConflict(String ikc) {
        return ClosedRounds.applicantOf(ikc).equals("aanvrager-bms") ? "commissie-proloog" : "commissie-bms";
    }
}
