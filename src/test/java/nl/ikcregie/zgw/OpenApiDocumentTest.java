package nl.ikcregie.zgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The validator itself can fail: it finds what is wrong with a request, and passes a valid one. */
class OpenApiDocumentTest {

    static final OpenApiDocument ZAKEN = OpenApiDocument.load("zaken-1.6.0.yaml");

    static final Map<String, String> HEADERS = Map.of("content-type", "application/json", "accept-crs", "EPSG:4326",
            "content-crs", "EPSG:4326");

    @Test
    void aValidZaakPasses() {
        var operation = ZAKEN.operation("POST", "/zaken").orElseThrow();
        List<String> violations = ZAKEN.violations(operation, HEADERS, Set.of(), """
                {"bronorganisatie": "002564440", "zaaktype": "https://ztc.example/zaaktypen/1",
                 "verantwoordelijkeOrganisatie": "002564440", "startdatum": "2026-03-01"}""");
        assertEquals(List.of(), violations);
    }

    @Test
    void aZaakWithoutRequiredFieldsOrWithReadOnlyOnesOrTooLongIsRefused() {
        var operation = ZAKEN.operation("POST", "/zaken").orElseThrow();
        List<String> violations = ZAKEN.violations(operation, HEADERS, Set.of(), """
                {"bronorganisatie": "0025644401", "url": "https://zrc.example/zaken/1", "startdatum": "1 maart"}""");
        String all = String.join("\n", violations);
        assertTrue(all.contains("zaaktype"), all);
        assertTrue(all.contains("verantwoordelijkeOrganisatie"), all);
        assertTrue(all.contains("bronorganisatie"), all);
        assertTrue(all.contains("url"), all);
        assertTrue(all.contains("startdatum"), all);
    }

    @Test
    void theCrsHeadersAndDeclaredQueryParametersAreChecked() {
        var operation = ZAKEN.operation("GET", "/zaken").orElseThrow();
        List<String> violations = ZAKEN.violations(operation, Map.of("accept-crs", "EPSG:28992"), Set.of("kenmerk"), null);
        String all = String.join("\n", violations);
        assertTrue(all.contains("Content-Crs"), all);
        assertTrue(all.contains("Accept-Crs has a value outside"), all);
        assertTrue(all.contains("kenmerk"), all);
    }

    @Test
    void aRolIsValidatedAgainstTheSchemaOfItsBetrokkeneType() {
        var operation = ZAKEN.operation("POST", "/rollen").orElseThrow();
        List<String> violations = ZAKEN.violations(operation, HEADERS, Set.of(), """
                {"zaak": "https://zrc.example/zaken/1", "betrokkeneType": "niet_natuurlijk_persoon",
                 "roltype": "https://ztc.example/roltypen/1", "roltoelichting": "Aanvrager",
                 "betrokkeneIdentificatie": {"innNnpId": "0025644401234", "statutaireNaam": "Proloog"}}""");
        String all = String.join("\n", violations);
        assertTrue(all.contains("innNnpId"), all);
    }
}
