package nl.ikcregie.report;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.Sessions;

/** A body that completes a Plus-IKC report: every indicator, party, level and staffing line filled in. */
final class ReportPagesFixture {

    private ReportPagesFixture() {
    }

    static Map<String, Object> completePlus(long id) {
        JsonPath report = Sessions.api("projectleider").get("/api/v1/jaarrapportages/" + id).jsonPath();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < report.getList("check.indicatoren").size(); i++) {
            indicators.add(Map.of("gerealiseerd", "50"));
        }
        List<Map<String, Object>> spending = new ArrayList<>();
        for (String party : report.<String>getList("check.bestedingPerPartij.partij")) {
            spending.add(Map.of("partij", party, "besteed", "10.000"));
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            levels.add(Map.of("criterium", String.valueOf(c), "niveau", "HAND_IN_HAND"));
        }
        List<Map<String, Object>> staffing = new ArrayList<>();
        for (int i = 0; i < report.getList("check.formatie").size(); i++) {
            staffing.add(Map.of("urenIngevuld", "4"));
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("indicatoren", indicators);
        check.put("bestedingPerPartij", spending);
        check.put("zelfevaluatie", levels);
        check.put("formatie", staffing);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versie", report.getLong("versie"));
        body.put("check", check);
        return body;
    }
}
