package nl.ikcregie.zgw;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The settings of the registration in the municipality's zaaksysteem ({@code IKC_ZGW_*}, see README).
 * Without {@code IKC_ZGW_ZAKEN_URL} the registration is off: nothing is written to the outbox and
 * nothing is sent.
 */
@ConfigMapping(prefix = "ikc.zgw")
public interface ZgwConfig {

    /** Base URL of the Zaken API, e.g. {@code https://openzaak.gemeente.nl/zaken/api/v1}; unset: off. */
    Optional<String> zakenUrl();

    /** Base URL of the Documenten API. */
    Optional<String> documentenUrl();

    /** Base URL of the Besluiten API. */
    Optional<String> besluitenUrl();

    /** Base URL of the Catalogi API (the catalogue objects below live there). */
    Optional<String> catalogiUrl();

    /** Client id of the JWT (issuer and {@code client_id}) as registered in the Autorisaties API. */
    Optional<String> clientId();

    /** Its secret (HS256). */
    Optional<String> secret();

    /** RSIN of the municipality: bronorganisatie and verantwoordelijke organisatie. */
    Optional<String> rsin();

    /** The zaaktype of a subsidy application. */
    Optional<String> zaaktype();

    /** The roltype of the school board that applies (omschrijvingGeneriek initiator). */
    Optional<String> roltypeInitiator();

    /** The besluittype of the college's decision on an application. */
    Optional<String> besluittype();

    /** Vertrouwelijkheidaanduiding of the zaak and its documents. */
    @WithDefault("zaakvertrouwelijk")
    String vertrouwelijkheidaanduiding();

    Informatieobjecttypen informatieobjecttypen();

    Statustypen statustypen();

    Resultaattypen resultaattypen();

    Worker worker();

    /** The informatieobjecttypen of the documents. */
    interface Informatieobjecttypen {

        /** The application as submitted (PDF), once per submission. */
        Optional<String> aanvraag();

        /** An attachment of the application. */
        Optional<String> bijlage();

        /** The decision letter (beschikking). */
        Optional<String> beschikking();

        /** The settlement letter (vaststellingsbeschikking). */
        Optional<String> vaststelling();
    }

    /** The statustype for each status of an application (several may share one). */
    interface Statustypen {
        Optional<String> ingediend();

        Optional<String> aanvullingGevraagd();

        Optional<String> ontvankelijk();

        Optional<String> inBeoordeling();

        Optional<String> geadviseerd();

        Optional<String> toegekend();

        Optional<String> deelsToegekend();

        Optional<String> afgewezen();

        Optional<String> ingetrokken();

        Optional<String> vastgesteld();
    }

    /** The resultaattype for each way an application ends (Selectielijst gemeenten 2020). */
    interface Resultaattypen {

        /** Granted (wholly or partly) and settled: 8.1.7 "verstrekt". */
        Optional<String> verstrekt();

        /** Refused (or not considered): 8.2 "geweigerd". */
        Optional<String> geweigerd();

        /** Withdrawn by the applicant. */
        Optional<String> ingetrokken();
    }

    /** How the outbox is sent. */
    interface Worker {

        /** How often the worker looks for due registrations (besides right after each commit). */
        @WithDefault("30s")
        String every();

        /** Wait after the first failed attempt; doubled after each further one. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** After this many failed attempts a registration waits for the beheerder (MISLUKT). */
        @WithDefault("20")
        int maxAttempts();

        /** How long an instance holds a row it works on; another instance takes it over after that. */
        @WithDefault("PT5M")
        Duration lease();

        /** Connect and answer timeout of one request to a ZGW API. */
        @WithDefault("PT30S")
        Duration timeout();
    }
}
