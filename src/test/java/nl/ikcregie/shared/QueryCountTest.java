package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.ClosedRounds;
import nl.ikcregie.Sessions;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the pages and API operations that grow with the country issue the same, small number of
 * SQL statements for a round of {@value #SMALL} applications as for one of {@value #LARGE}. Counted
 * with Hibernate's statistics (enabled in the test profile), so a lazy association read in a loop
 * shows up here long before it shows up in the benchmark.
 */
@QuarkusTest
class QueryCountTest {

    static final int SMALL = 2;
    static final int LARGE = 20;

    /** No page may need more than this many statements, whatever the data size. */
    static final long MAXIMUM = 40;

    /** The addresses measured; {round} and {application} are filled in per round. */
    static final List<String> ADDRESSES = List.of(
            "/projectleider",
            "/rondes/{round}/aanvragen",
            "/rondes/{round}/aanvragen?status=ONTVANKELIJK&gebied=ALLE&zoek=a",
            "/aanvragen/{application}",
            "/rondes/{round}/advies",
            "/api/v1/subsidierondes/{round}/advies",
            "/api/v1/subsidierondes/{round}/advies.pdf",
            "/api/v1/subsidierondes/{round}/export.xlsx",
            "/api/v1/subsidierondes/{round}/export.csv?tabel=aanvragen",
            "/rondes/{round}",
            "/rondes/{round}/beoordelingen",
            "/termijnen",
            "/api/v1/aanvragen?subsidierondeId={round}",
            "/monitoring/{year}",
            "/api/v1/monitoring/{year}");

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void pagesIssueTheSameNumberOfStatementsForTwoAsForTwentyApplications() {
        List<String> ikcs = ikcsOfDemoBoards();
        assertTrue(ikcs.size() >= LARGE, "the demo has " + ikcs.size() + " IKCs of the demo school boards");
        ClosedRounds.ClosedRound small = ClosedRounds.of("750000", ikcs.subList(0, SMALL).toArray(String[]::new));
        ClosedRounds.ClosedRound large = ClosedRounds.of("750000", ikcs.subList(0, LARGE).toArray(String[]::new));
        String session = Sessions.login("projectleider");

        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String address : ADDRESSES) {
            counts.put(address, new long[] { statements(session, address, small), statements(session, address, large) });
        }
        StringBuilder table = new StringBuilder("statements for " + SMALL + " / " + LARGE + " applications:\n");
        counts.forEach((address, n) -> table.append(String.format("  %3d / %3d  %s%n", n[0], n[1], address)));
        System.out.println(table);
        List<String> growing = new ArrayList<>();
        counts.forEach((address, n) -> {
            if (n[1] > n[0] || n[1] > MAXIMUM) {
                growing.add(address);
            }
        });
        assertTrue(growing.isEmpty(), "these grow with the data or exceed " + MAXIMUM + ": " + growing + "\n" + table);
    }

    private long statements(String session, String template, ClosedRounds.ClosedRound round) {
        String address = template.replace("{round}", String.valueOf(round.id()))
                .replace("{year}", String.valueOf(round.year()))
                .replace("{application}", String.valueOf(round.applications().values().iterator().next()));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Sessions.as(session).get(address).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static List<String> ikcsOfDemoBoards() {
        List<String> names = new ArrayList<>();
        for (Map<String, Object> ikc : Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath()
                .<Map<String, Object>>getList("$")) {
            String name = (String) ikc.get("naam");
            try {
                ClosedRounds.applicantOf(name);
                names.add(name);
            } catch (IllegalArgumentException e) {
                // an IKC of a school board without a demo aanvrager
            }
        }
        return names;
    }
}
