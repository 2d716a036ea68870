package nl.ikcregie;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds subsidy rounds through the API, as the projectleider would. */
public final class Rounds {

    private Rounds() {
    }

    public static Map<String, Object> body(int year, String ceiling, String maximum) {
        Instant now = Instant.now();
        Map<String, Object> body = new HashMap<>();
        body.put("jaar", year);
        body.put("titel", "Testronde " + UUID.randomUUID());
        body.put("subsidieplafond", ceiling);
        body.put("maximumPerIkc", maximum);
        body.put("openingsmoment", now.minus(1, ChronoUnit.DAYS).toString());
        body.put("sluitingsmoment", now.plus(30, ChronoUnit.DAYS).toString());
        body.put("beslisdatum", now.plus(90, ChronoUnit.DAYS).toString().substring(0, 10));
        body.put("criteria", List.of(Map.of("naam", "Visie en profiel", "gewicht", 40),
                Map.of("naam", "Aansluiting op wat kinderen nodig hebben", "gewicht", 60)));
        body.put("voorrangsregels", List.of(Map.of("soort", "MINIMUM_AANDEEL_AANDACHTSGEBIEDEN", "parameter", "70")));
        return body;
    }

    /** A round in a year of its own (so the yearly maximum of other tests never interferes), opened. */
    public static long open(int year) {
        long id = Sessions.api("projectleider").contentType("application/json").body(body(year, "750000", "50000"))
                .post("/api/v1/subsidierondes").then().statusCode(201).extract().jsonPath().getLong("id");
        Sessions.api("projectleider").contentType("application/json").body(Map.of("versie", 0))
                .post("/api/v1/subsidierondes/" + id + "/opening").then().statusCode(200);
        return id;
    }

    private static int nextYear = nl.ikcregie.shared.Years.LAST;

    /** The programme's own years (Kansen voor Kinderen 2 runs 2021-2028, the demo holds 2026 and 2027), never handed out. */
    static final int PROGRAMME_FIRST = 2021;
    static final int PROGRAMME_LAST = 2030;

    /**
     * A fresh year for each test, so rounds, maxima and yearly reports never collide between tests:
     * 2199 down to 2031, then 2020 down to 2001 (rounds lie in 2000-2199; 2000 stays empty, for a year
     * without data).
     */
    public static synchronized int freshYear() {
        if (nextYear == PROGRAMME_LAST) {
            nextYear = PROGRAMME_FIRST - 1;
        }
        if (nextYear < 2001) {
            throw new IllegalStateException("No fresh round years left (2001-2199 outside the programme's years)");
        }
        return nextYear--;
    }
}
