package nl.ikcregie;

import java.util.List;
import java.util.Map;

/** Look-ups of demo reference data through the API, for tests of every feature. */
public final class Fixtures {

    private Fixtures() {
    }

    public static long organisationId(String name) {
        List<Map<String, Object>> all = Sessions.api("projectleider").get("/api/v1/organisaties").jsonPath()
                .getList("$");
        return all.stream().filter(o -> o.get("naam").equals(name)).map(o -> ((Number) o.get("id")).longValue())
                .findFirst().orElseThrow();
    }
}
