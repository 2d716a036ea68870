package nl.ikcregie.zgw;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.application.CaseFile;
import nl.ikcregie.decision.DecisionLetter;
import nl.ikcregie.shared.ClockProducer;
import nl.ikcregie.shared.Money;

/**
 * The bodies of the requests to the ZGW APIs (Zaken 1.6, Documenten 1.6, Besluiten 1.1), built from
 * our data: pure functions, so that the mapping is readable in one place and tested without a server.
 */
final class ZgwMessages {

    static final String PDF = "application/pdf";
    static final String DUTCH = "nld";
    static final String COLLEGE = "college van burgemeester en wethouders";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ZgwMessages() {
    }

    /** The catalogue and the municipality, as configured. */
    record Catalogue(String rsin, String zaaktype, String roltypeInitiator, String besluittype,
            String vertrouwelijkheidaanduiding) {
    }

    /** A document to register: our key, its identificatie, title, file and type; incoming or sent. */
    record Document(String key, String identificatie, String titel, String auteur, String bestandsnaam,
            String informatieobjecttype, LocalDate creatiedatum, LocalDate ontvangstdatum, LocalDate verzenddatum,
            String beschrijving) {
    }

    /** The zaak of an application: the reference as identificatie, the IKC as omschrijving, the round in the toelichting. */
    static ObjectNode zaak(CaseFile file, Catalogue catalogue) {
        LocalDate received = LocalDate.ofInstant(file.receivedAt(), ClockProducer.AMSTERDAM);
        ObjectNode zaak = JSON.createObjectNode().put("identificatie", file.reference())
                .put("bronorganisatie", catalogue.rsin())
                .put("omschrijving", cut(file.ikcName(), 80))
                .put("toelichting", cut("Subsidieaanvraag " + file.reference() + " van " + file.schoolBoardName() + " voor "
                        + file.ikcName() + " in " + file.roundTitle() + ".", 1000))
                .put("zaaktype", catalogue.zaaktype())
                .put("registratiedatum", received.toString())
                .put("verantwoordelijkeOrganisatie", catalogue.rsin())
                .put("startdatum", received.toString())
                .put("vertrouwelijkheidaanduiding", catalogue.vertrouwelijkheidaanduiding());
        if (file.decisionDeadline() != null) {
            zaak.put("uiterlijkeEinddatumAfdoening", file.decisionDeadline().toString());
        }
        zaak.putArray("kenmerken").addObject().put("kenmerk", cut(file.reference(), 40)).put("bron", "IKC Regie");
        return zaak;
    }

    /** The school board as initiator: a niet-natuurlijk persoon identified by its RSIN; its KvK number in the toelichting. */
    static ObjectNode initiator(String zaakUrl, CaseFile file, Catalogue catalogue) {
        ObjectNode rol = JSON.createObjectNode().put("zaak", zaakUrl).put("betrokkeneType", "niet_natuurlijk_persoon")
                .put("roltype", catalogue.roltypeInitiator())
                .put("roltoelichting", cut("Aanvrager: schoolbestuur " + file.schoolBoardName()
                        + (file.schoolBoardKvkNumber() == null ? "" : ", KvK-nummer " + file.schoolBoardKvkNumber())
                        + (file.schoolBoardRsin() == null ? "" : ", RSIN " + file.schoolBoardRsin()), 1000));
        ObjectNode identification = rol.putObject("betrokkeneIdentificatie");
        if (file.schoolBoardRsin() != null) {
            identification.put("innNnpId", file.schoolBoardRsin());
        }
        identification.put("statutaireNaam", cut(file.schoolBoardName(), 500));
        return rol;
    }

    static ObjectNode status(String zaakUrl, String statustype, ApplicationStatus status, Instant at) {
        return JSON.createObjectNode().put("zaak", zaakUrl).put("statustype", statustype)
                .put("datumStatusGezet", moment(at))
                .put("statustoelichting", statusExplanation(status));
    }

    static String statusExplanation(ApplicationStatus status) {
        return "Status in IKC Regie: " + status.label();
    }

    /**
     * The zaak's suspension and term as they are now: suspended while a completion is asked (Awb 4:15),
     * and then the decision term as it stands (it shifts with every suspension).
     */
    static ObjectNode suspension(CaseFile file) {
        ObjectNode patch = JSON.createObjectNode();
        patch.putObject("opschorting").put("indicatie", file.suspended())
                .put("reden", file.suspended() ? "Aanvulling gevraagd (herstelverzuim, Awb 4:5); de beslistermijn is opgeschort." : "");
        if (!file.suspended() && file.decisionDeadline() != null) {
            patch.put("uiterlijkeEinddatumAfdoening", file.decisionDeadline().toString());
        }
        return patch;
    }

    static ObjectNode document(Document document, byte[] content, Catalogue catalogue) {
        ObjectNode eio = JSON.createObjectNode().put("identificatie", cut(document.identificatie(), 40))
                .put("bronorganisatie", catalogue.rsin())
                .put("creatiedatum", document.creatiedatum().toString())
                .put("titel", cut(document.titel(), 200))
                .put("vertrouwelijkheidaanduiding", catalogue.vertrouwelijkheidaanduiding())
                .put("auteur", cut(document.auteur(), 200))
                .put("status", "definitief")
                .put("formaat", PDF)
                .put("taal", DUTCH)
                .put("bestandsnaam", cut(document.bestandsnaam(), 255))
                .put("inhoud", Base64.getEncoder().encodeToString(content))
                .put("bestandsomvang", content.length)
                .put("indicatieGebruiksrecht", false)
                .put("informatieobjecttype", document.informatieobjecttype());
        if (document.beschrijving() != null) {
            eio.put("beschrijving", cut(document.beschrijving(), 1000));
        }
        if (document.ontvangstdatum() != null) {
            eio.put("ontvangstdatum", document.ontvangstdatum().toString());
        }
        if (document.verzenddatum() != null) {
            eio.put("verzenddatum", document.verzenddatum().toString());
        }
        return eio;
    }

    static ObjectNode zaakDocument(String zaakUrl, String documentUrl, Document document) {
        return JSON.createObjectNode().put("informatieobject", documentUrl).put("zaak", zaakUrl)
                .put("titel", cut(document.titel(), 200));
    }

    /** The college's decision: the letter's reference as identificatie, in force from the day it was taken. */
    static ObjectNode besluit(String zaakUrl, DecisionLetter decision, Catalogue catalogue) {
        String explanation = decision.outcome().label() + ": " + Money.format(decision.grantedAmount()) + " van "
                + Money.format(decision.requestedAmount()) + " aangevraagd"
                + (decision.replacesReference() == null ? "" : "; vervangt besluit " + decision.replacesReference()
                        + " na een gegrond bezwaar") + ".";
        return JSON.createObjectNode().put("identificatie", cut(decision.reference(), 50))
                .put("verantwoordelijkeOrganisatie", catalogue.rsin())
                .put("besluittype", catalogue.besluittype())
                .put("zaak", zaakUrl)
                .put("datum", decision.decidedOn().toString())
                .put("toelichting", explanation)
                .put("bestuursorgaan", COLLEGE)
                .put("ingangsdatum", decision.decidedOn().toString())
                .put("verzenddatum", decision.sentOn().toString())
                .put("uiterlijkeReactiedatum", decision.objectionPeriodEnd().toString());
    }

    static ObjectNode besluitDocument(String besluitUrl, String documentUrl) {
        return JSON.createObjectNode().put("informatieobject", documentUrl).put("besluit", besluitUrl);
    }

    static ObjectNode resultaat(String zaakUrl, String resultaattype, ApplicationStatus status) {
        return JSON.createObjectNode().put("zaak", zaakUrl).put("resultaattype", resultaattype)
                .put("toelichting", "Afgehandeld in IKC Regie: " + status.label());
    }

    static ObjectNode resultaatChange(String resultaattype, ApplicationStatus status) {
        return JSON.createObjectNode().put("resultaattype", resultaattype)
                .put("toelichting", "Afgehandeld in IKC Regie: " + status.label());
    }

    /**
     * A moment as the APIs take it: ISO 8601 in UTC, to the microsecond (what the zaaksysteem stores, and
     * what a look-up compares): two status changes within one second stay two statuses.
     */
    static String moment(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
