package nl.ikcregie.zgw;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.ikcregie.Fixtures;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registration against a ZGW stand-in that validates every request against the official ZGW 1.6
 * documents: the whole chain of one application, and the zaaksysteem going away halfway.
 */
@QuarkusTest
@TestProfile(ZgwTestProfile.class)
class ZgwRegistrationTest {

    static final String KVK = "41000001";
    static final String BOARD_RSIN = "811111106";

    ZgwStandIn zgw;

    @BeforeEach
    void standIn() throws Exception {
        zgw = ZgwStandInResource.standIn;
        zgw.up();
        zgw.answer();
    }

    @AfterEach
    void noViolations() {
        assertEquals(List.of(), zgw.violations(), "every request must match the ZGW documents");
    }

    @Test
    void theWholeChainOfOneApplicationIsInTheZaaksysteem() {
        schoolBoardNumbers();
        ApplicationJourney journey = ApplicationJourney.start("IKC Plataan");
        journey.submit();
        journey.requestCompletion();
        journey.attach("begroting-ouderkamer.pdf");
        journey.submit();
        journey.closeRoundAndDeclareComplete();
        journey.decide();
        journey.settle();
        String reference = journey.reference();
        allSent();

        List<ObjectNode> zaken = zgw.objects("zaken", "zaken", "identificatie", reference);
        assertEquals(1, zaken.size(), "one zaak");
        ObjectNode zaak = zaken.get(0);
        String zaakUrl = zaak.path("url").asString();
        assertEquals("IKC Plataan", zaak.path("omschrijving").asString());
        assertEquals(ZgwStandIn.RSIN, zaak.path("bronorganisatie").asString());
        assertEquals(ZgwStandIn.RSIN, zaak.path("verantwoordelijkeOrganisatie").asString());
        assertEquals(zgw.url(ZgwStandIn.Type.ZAAKTYPE), zaak.path("zaaktype").asString());
        String roundTitle = Sessions.api("projectleider").get("/api/v1/subsidierondes/" + journey.round).jsonPath()
                .getString("titel");
        assertTrue(zaak.path("toelichting").asString().contains(" in " + roundTitle), zaak.toString());
        String received = journey.application().getString("ingediendOp").substring(0, 10);
        assertEquals(received, zaak.path("startdatum").asString());
        assertEquals(received, zaak.path("registratiedatum").asString());
        assertEquals(journey.application().getString("beslistermijn"), zaak.path("uiterlijkeEinddatumAfdoening").asString());
        assertEquals(reference, zaak.path("kenmerken").get(0).path("kenmerk").asString());
        assertNotNull(zaak.get("einddatum"), "the final status closed the zaak");
        assertTrue(!zaak.get("einddatum").isNull(), "the final status closed the zaak");

        List<ObjectNode> rollen = zgw.objects("zaken", "rollen", "zaak", zaakUrl);
        assertEquals(1, rollen.size());
        ObjectNode rol = rollen.get(0);
        assertEquals("niet_natuurlijk_persoon", rol.path("betrokkeneType").asString());
        assertEquals(zgw.url(ZgwStandIn.Type.ROLTYPE_INITIATOR), rol.path("roltype").asString());
        assertEquals(BOARD_RSIN, rol.path("betrokkeneIdentificatie").path("innNnpId").asString());
        assertEquals("Proloog", rol.path("betrokkeneIdentificatie").path("statutaireNaam").asString());
        assertTrue(rol.path("roltoelichting").asString().contains(KVK), rol.toString());

        List<String> statuses = zgw.objects("zaken", "statussen", "zaak", zaakUrl).stream()
                .map(s -> s.path("statustype").asString()).toList();
        assertEquals(List.of(zgw.url(ZgwStandIn.Type.ST_ONTVANGEN), zgw.url(ZgwStandIn.Type.ST_AANVULLING),
                zgw.url(ZgwStandIn.Type.ST_ONTVANGEN), zgw.url(ZgwStandIn.Type.ST_IN_BEHANDELING),
                zgw.url(ZgwStandIn.Type.ST_IN_BEHANDELING), zgw.url(ZgwStandIn.Type.ST_IN_BEHANDELING),
                zgw.url(ZgwStandIn.Type.ST_BESLOTEN), zgw.url(ZgwStandIn.Type.ST_AFGEHANDELD)), statuses,
                "ingediend, aanvulling gevraagd, ingediend, ontvankelijk, in beoordeling, geadviseerd, toegekend, vastgesteld");

        Map<String, ObjectNode> documents = documentsOf(zaakUrl);
        assertEquals(Set.of(reference, reference + "-A1", reference + "-B1", reference + "-V"),
                documents.keySet().stream().filter(k -> !k.contains("BIJLAGE")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, documents.keySet().stream().filter(k -> k.contains("BIJLAGE")).count(), "both attachments");
        assertEquals(zgw.url(ZgwStandIn.Type.IOT_AANVRAAG), documents.get(reference).path("informatieobjecttype").asString());
        assertEquals(zgw.url(ZgwStandIn.Type.IOT_BESCHIKKING),
                documents.get(reference + "-B1").path("informatieobjecttype").asString());
        assertEquals(zgw.url(ZgwStandIn.Type.IOT_VASTSTELLING),
                documents.get(reference + "-V").path("informatieobjecttype").asString());
        for (ObjectNode document : documents.values()) {
            assertEquals("application/pdf", document.path("formaat").asString());
            assertEquals("nld", document.path("taal").asString());
            byte[] content = Base64.getDecoder().decode(document.path("inhoud").asString());
            assertTrue(new String(content, 0, 5).equals("%PDF-"), "a PDF: " + document.path("bestandsnaam"));
        }

        List<ObjectNode> besluiten = zgw.objects("besluiten", "besluiten", "zaak", zaakUrl);
        assertEquals(1, besluiten.size());
        assertEquals(reference + "-B1", besluiten.get(0).path("identificatie").asString());
        assertEquals(zgw.url(ZgwStandIn.Type.BESLUITTYPE), besluiten.get(0).path("besluittype").asString());
        List<ObjectNode> letters = zgw.objects("besluiten", "besluitinformatieobjecten", "besluit",
                besluiten.get(0).path("url").asString());
        assertEquals(1, letters.size());
        assertEquals(documents.get(reference + "-B1").path("url").asString(), letters.get(0).path("informatieobject").asString());

        List<ObjectNode> resultaten = zgw.objects("zaken", "resultaten", "zaak", zaakUrl);
        assertEquals(1, resultaten.size());
        assertEquals(zgw.url(ZgwStandIn.Type.RT_VERSTREKT), resultaten.get(0).path("resultaattype").asString());

        // the zaak is linked from the application's page, for the municipality
        Sessions.as(Sessions.login("projectleider")).get("/aanvragen/" + journey.id).then().statusCode(200)
                .body(containsString("href=\"" + zaakUrl + "\""));
    }

    @Test
    void aZaaksysteemThatGoesAwayHalfwayGetsEverythingOnceWhenItIsBack() throws Exception {
        ApplicationJourney journey = ApplicationJourney.start("IKC Aventurijn");
        journey.submit();
        String reference = journey.reference();
        allSent();
        String zaakUrl = zgw.objects("zaken", "zaken", "identificatie", reference).get(0).path("url").asString();

        zgw.down();
        journey.requestCompletion();
        journey.attach("aanvulling.pdf");
        journey.submit();
        journey.withdraw();
        // the product goes on; the beheerder sees what waits, with the error
        until("a failed attempt is recorded", () -> Sessions.api("beheerder").get("/api/v1/zgw-registraties").jsonPath()
                .getList("findAll { it.kenmerk == '" + reference + "' && it.pogingen > 0 && it.laatsteFout != null }")
                .size() > 0);
        Sessions.as(Sessions.login("beheerder")).get("/beheer/zgw").then().statusCode(200).body(containsString(reference))
                .body(containsString("ConnectException"));

        // back, but the first two answers to creates get lost on the way: the retries must find what was made
        zgw.loseAnswers(2);
        zgw.up();
        allSent();

        assertEquals(1, zgw.objects("zaken", "zaken", "identificatie", reference).size());
        List<String> statuses = zgw.objects("zaken", "statussen", "zaak", zaakUrl).stream()
                .map(s -> s.path("statustype").asString()).toList();
        assertEquals(List.of(zgw.url(ZgwStandIn.Type.ST_ONTVANGEN), zgw.url(ZgwStandIn.Type.ST_AANVULLING),
                zgw.url(ZgwStandIn.Type.ST_ONTVANGEN), zgw.url(ZgwStandIn.Type.ST_AFGEHANDELD)), statuses,
                "each status exactly once, in order");
        Map<String, ObjectNode> documents = documentsOf(zaakUrl);
        assertEquals(Set.of(reference, reference + "-A1"),
                documents.keySet().stream().filter(k -> !k.contains("BIJLAGE")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(2, documents.keySet().stream().filter(k -> k.contains("BIJLAGE")).count(), "both attachments, once");
        assertEquals(1, zgw.objects("zaken", "rollen", "zaak", zaakUrl).size());
        List<ObjectNode> resultaten = zgw.objects("zaken", "resultaten", "zaak", zaakUrl);
        assertEquals(1, resultaten.size());
        assertEquals(zgw.url(ZgwStandIn.Type.RT_INGETROKKEN), resultaten.get(0).path("resultaattype").asString());
    }

    @Test
    void whatAnInstanceThatDiedWasSendingIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        ApplicationJourney journey = ApplicationJourney.start("IKC De Wâlslach");
        journey.submit();
        String reference = journey.reference();
        allSent();
        String zaakUrl = zgw.objects("zaken", "zaken", "identificatie", reference).get(0).path("url").asString();
        zgw.down();
        journey.requestCompletion();
        // an instance killed while it held these rows: its lease ran out a moment ago, nobody releases them
        int held = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ZgwOutbox.getEntityManager()
                .createNativeQuery("update zgw_outbox set claimed_by = 'killed-instance', claimed_until = ?1 "
                        + "where application_id = ?2 and state = 'WACHTEND'")
                .setParameter(1, java.time.Instant.now().minusSeconds(1)).setParameter(2, journey.id).executeUpdate());
        assertTrue(held > 0, "rows waiting for the zaaksysteem");
        zgw.up();
        allSent();
        assertEquals(List.of(zgw.url(ZgwStandIn.Type.ST_ONTVANGEN), zgw.url(ZgwStandIn.Type.ST_AANVULLING)),
                zgw.objects("zaken", "statussen", "zaak", zaakUrl).stream().map(s -> s.path("statustype").asString())
                        .toList());
        assertEquals(0L, (long) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ZgwOutbox
                .count("applicationId = ?1 and claimedBy is not null", journey.id)));
    }

    /** The documents linked to the zaak, by identificatie; each linked once and each identificatie once. */
    private Map<String, ObjectNode> documentsOf(String zaakUrl) {
        List<ObjectNode> links = zgw.objects("zaken", "zaakinformatieobjecten", "zaak", zaakUrl);
        Set<String> linked = new HashSet<>();
        Map<String, ObjectNode> byIdentificatie = new java.util.HashMap<>();
        for (ObjectNode link : links) {
            String document = link.path("informatieobject").asString();
            assertTrue(linked.add(document), "linked once: " + document);
            ObjectNode eio = zgw.objects("documenten", "enkelvoudiginformatieobjecten").stream()
                    .filter(o -> o.path("url").asString().equals(document)).findFirst().orElseThrow();
            assertTrue(byIdentificatie.put(eio.path("identificatie").asString(), eio) == null, "one document per identificatie");
        }
        assertEquals(zgw.objects("documenten", "enkelvoudiginformatieobjecten").stream()
                .filter(o -> byIdentificatie.containsKey(o.path("identificatie").asString())).count(), byIdentificatie.size(),
                "no document created twice");
        return byIdentificatie;
    }

    private void schoolBoardNumbers() {
        long board = Fixtures.organisationId("Proloog");
        long version = Sessions.api("beheerder").get("/api/v1/organisaties/" + board).jsonPath().getLong("versie");
        Sessions.api("beheerder").contentType("application/json")
                .body(Map.of("naam", "Proloog", "soort", "ONDERWIJSKOEPEL", "kvkNummer", KVK, "rsin", BOARD_RSIN,
                        "versie", version))
                .put("/api/v1/organisaties/" + board).then().statusCode(200);
    }

    /** Waits until the outbox holds nothing waiting or failed. */
    private static void allSent() {
        until("every registration is sent", () -> Sessions.api("beheerder").get("/api/v1/zgw-registraties").jsonPath()
                .getList("$").isEmpty());
    }

    private static void until(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                // not yet
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting until " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
