package nl.ikcregie.zgw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.CaseFile;
import nl.ikcregie.decision.DecisionLetter;
import nl.ikcregie.decision.DecisionOutcome;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The request bodies against the official ZGW documents, without a server; the token checked by another
 * JWT implementation; the backoff.
 */
class ZgwMessagesTest {

    static final OpenApiDocument ZAKEN = OpenApiDocumentTest.ZAKEN;
    static final OpenApiDocument DOCUMENTEN = OpenApiDocument.load("documenten-1.6.0.yaml");
    static final OpenApiDocument BESLUITEN = OpenApiDocument.load("besluiten-1.1.0.yaml");
    static final ZgwMessages.Catalogue CATALOGUE = new ZgwMessages.Catalogue("002564440", "https://ztc.example/zaaktypen/1",
            "https://ztc.example/roltypen/1", "https://ztc.example/besluittypen/1", "zaakvertrouwelijk");
    static final CaseFile FILE = new CaseFile(7, "KVK-2026-0007", "Subsidieronde 2026", 2026,
            "IKC met een heel lange naam die langer is dan tachtig tekens, zodat de omschrijving ingekort moet worden",
            "Proloog", "41000001", "811111106", Instant.parse("2026-03-02T09:15:00Z"), LocalDate.of(2026, 4, 27), false,
            ApplicationStatus.INGEDIEND, List.of());

    @Test
    void theZaakAndItsInitiatorMatchTheZakenApi() {
        JsonNode zaak = json(ZgwMessages.zaak(FILE, CATALOGUE).toString());
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/Zaak", zaak));
        assertEquals(80, zaak.path("omschrijving").asString().length());
        assertEquals("2026-03-02", zaak.path("startdatum").asString());
        JsonNode rol = json(ZgwMessages.initiator("https://zrc.example/zaken/1", FILE, CATALOGUE).toString());
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/niet_natuurlijk_persoon_Rol", rol));
        assertEquals("811111106", rol.path("betrokkeneIdentificatie").path("innNnpId").asString());
    }

    @Test
    void aStatusASuspensionAndAResultaatMatchTheZakenApi() {
        JsonNode status = json(ZgwMessages.status("https://zrc.example/zaken/1", "https://ztc.example/statustypen/1",
                ApplicationStatus.AANVULLING_GEVRAAGD, Instant.parse("2026-03-05T10:00:00.123Z")).toString());
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/Status", status));
        assertEquals("2026-03-05T10:00:00.123Z", status.path("datumStatusGezet").asString());
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/PatchedZaak", json(ZgwMessages.suspension(FILE).toString())));
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/Resultaat", json(ZgwMessages.resultaat(
                "https://zrc.example/zaken/1", "https://ztc.example/resultaattypen/1", ApplicationStatus.VASTGESTELD).toString())));
    }

    @Test
    void aDocumentAndItsLinksMatchTheDocumentenAndZakenApis() {
        ZgwMessages.Document document = new ZgwMessages.Document("aanvraag-1", "KVK-2026-0007", "Aanvraag KVK-2026-0007",
                "Proloog", "aanvraag-KVK-2026-0007.pdf", "https://ztc.example/informatieobjecttypen/1",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null, "Subsidieaanvraag");
        JsonNode eio = json(ZgwMessages.document(document, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), CATALOGUE)
                .toString());
        assertEquals(List.of(), DOCUMENTEN.validate("#/components/schemas/EnkelvoudigInformatieObjectCreateLockRequest", eio));
        assertEquals("JVBERi0xLjc=", eio.path("inhoud").asString());
        assertEquals(List.of(), ZAKEN.validate("#/components/schemas/ZaakInformatieObject", json(ZgwMessages
                .zaakDocument("https://zrc.example/zaken/1", "https://drc.example/eio/1", document).toString())));
    }

    @Test
    void aBesluitAndItsLetterMatchTheBesluitenApi() {
        DecisionLetter decision = new DecisionLetter(3, 7, "KVK-2026-0007-B2", DecisionOutcome.DEELS_TOEGEKEND,
                new BigDecimal("40000.00"), new BigDecimal("30000.00"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 16),
                LocalDate.of(2026, 7, 28), "KVK-2026-0007-B1", "beschikking-KVK-2026-0007-B2.pdf");
        JsonNode besluit = json(ZgwMessages.besluit("https://zrc.example/zaken/1", decision, CATALOGUE).toString());
        assertEquals(List.of(), BESLUITEN.validate("#/components/schemas/Besluit", besluit));
        assertTrue(besluit.path("toelichting").asString().contains("vervangt besluit KVK-2026-0007-B1"));
        assertEquals(List.of(), BESLUITEN.validate("#/components/schemas/BesluitInformatieObject",
                json(ZgwMessages.besluitDocument("https://brc.example/besluiten/1", "https://drc.example/eio/1").toString())));
    }

    @Test
    void theTokenIsAnHs256JwtWithTheClaimsOfTheZgwAuthorisation() throws Exception {
        String secret = "a-secret-of-at-least-thirty-two-characters!";
        String token = ZgwToken.of("ikc-regie", secret, Instant.parse("2026-03-02T09:15:00Z"), "ikc-regie", "IKC Regie");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        assertEquals("HS256", jws.getAlgorithmHeaderValue());
        assertTrue(jws.verifySignature());
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("ikc-regie", claims.getIssuer());
        assertEquals("ikc-regie", claims.getClaimValue("client_id"));
        assertEquals("ikc-regie", claims.getClaimValue("user_id"));
        assertEquals("IKC Regie", claims.getClaimValue("user_representation"));
        assertEquals(Instant.parse("2026-03-02T09:15:00Z").getEpochSecond(), claims.getIssuedAt().getValue());
        jws.setKey(new HmacKey("another-secret-of-at-least-thirty-two-chars".getBytes(StandardCharsets.UTF_8)));
        assertTrue(!jws.verifySignature(), "another secret does not verify it");
    }

    @Test
    void theWaitDoublesUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), ZgwWorker.backoff(1, initial, max));
        assertEquals(Duration.ofSeconds(60), ZgwWorker.backoff(2, initial, max));
        assertEquals(Duration.ofMinutes(4), ZgwWorker.backoff(4, initial, max));
        assertEquals(max, ZgwWorker.backoff(8, initial, max));
        assertEquals(max, ZgwWorker.backoff(50, initial, max));
    }

    private static JsonNode json(String text) {
        return OpenApiDocument.JSON.readTree(text);
    }
}
