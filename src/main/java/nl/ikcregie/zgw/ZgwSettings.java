package nl.ikcregie.zgw;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ikcregie.application.ApplicationStatus;
import nl.ikcregie.organisation.RegistryNumbers;

/**
 * Whether the registration is on, and what it sends where. On as soon as the Zaken API's URL is set;
 * then every other setting must be there too, or the product does not start (a half-configured
 * registration would fail on every application instead of once, at start, with the names of what is
 * missing).
 */
@ApplicationScoped
public class ZgwSettings {

    @Inject
    ZgwConfig config;

    public boolean enabled() {
        return config.zakenUrl().filter(s -> !s.isBlank()).isPresent();
    }

    void check(@Observes StartupEvent start) {
        List<String> problems = problems();
        if (enabled() && !problems.isEmpty()) {
            throw new IllegalStateException("The ZGW registration is switched on (IKC_ZGW_ZAKEN_URL) but not configured: "
                    + String.join("; ", problems) + ". See README.md, 'Registration in the zaaksysteem'.");
        }
    }

    /** What is missing or wrong, by the name of its environment variable; empty when all is set. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        require(problems, "IKC_ZGW_ZAKEN_URL", config.zakenUrl());
        require(problems, "IKC_ZGW_DOCUMENTEN_URL", config.documentenUrl());
        require(problems, "IKC_ZGW_BESLUITEN_URL", config.besluitenUrl());
        require(problems, "IKC_ZGW_CATALOGI_URL", config.catalogiUrl());
        require(problems, "IKC_ZGW_CLIENT_ID", config.clientId());
        require(problems, "IKC_ZGW_SECRET", config.secret());
        require(problems, "IKC_ZGW_RSIN", config.rsin());
        config.rsin().filter(r -> !RegistryNumbers.passesElfproef(r))
                .ifPresent(r -> problems.add("IKC_ZGW_RSIN is not a valid RSIN (9 digits, elfproef)"));
        require(problems, "IKC_ZGW_ZAAKTYPE", config.zaaktype());
        require(problems, "IKC_ZGW_ROLTYPE_INITIATOR", config.roltypeInitiator());
        require(problems, "IKC_ZGW_BESLUITTYPE", config.besluittype());
        require(problems, "IKC_ZGW_INFORMATIEOBJECTTYPEN_AANVRAAG", config.informatieobjecttypen().aanvraag());
        require(problems, "IKC_ZGW_INFORMATIEOBJECTTYPEN_BIJLAGE", config.informatieobjecttypen().bijlage());
        require(problems, "IKC_ZGW_INFORMATIEOBJECTTYPEN_BESCHIKKING", config.informatieobjecttypen().beschikking());
        require(problems, "IKC_ZGW_INFORMATIEOBJECTTYPEN_VASTSTELLING", config.informatieobjecttypen().vaststelling());
        for (ApplicationStatus status : ApplicationStatus.values()) {
            if (status != ApplicationStatus.CONCEPT) {
                require(problems, "IKC_ZGW_STATUSTYPEN_" + status.name(), statustype(status));
            }
        }
        require(problems, "IKC_ZGW_RESULTAATTYPEN_VERSTREKT", config.resultaattypen().verstrekt());
        require(problems, "IKC_ZGW_RESULTAATTYPEN_GEWEIGERD", config.resultaattypen().geweigerd());
        require(problems, "IKC_ZGW_RESULTAATTYPEN_INGETROKKEN", config.resultaattypen().ingetrokken());
        return problems;
    }

    private static void require(List<String> problems, String name, Optional<String> value) {
        if (value.filter(s -> !s.isBlank()).isEmpty()) {
            problems.add(name + " is not set");
        }
    }

    public ZgwConfig config() {
        return config;
    }

    public String rsin() {
        return config.rsin().orElseThrow();
    }

    /** The statustype configured for one of our statuses. */
    public Optional<String> statustype(ApplicationStatus status) {
        ZgwConfig.Statustypen types = config.statustypen();
        return switch (status) {
            case CONCEPT -> Optional.empty();
            case INGEDIEND -> types.ingediend();
            case AANVULLING_GEVRAAGD -> types.aanvullingGevraagd();
            case ONTVANKELIJK -> types.ontvankelijk();
            case IN_BEOORDELING -> types.inBeoordeling();
            case GEADVISEERD -> types.geadviseerd();
            case TOEGEKEND -> types.toegekend();
            case DEELS_TOEGEKEND -> types.deelsToegekend();
            case AFGEWEZEN -> types.afgewezen();
            case INGETROKKEN -> types.ingetrokken();
            case VASTGESTELD -> types.vastgesteld();
        };
    }

    /** The resultaattype for an application that ends in this status (granted, refused, withdrawn). */
    public String resultaattype(ApplicationStatus status) {
        ZgwConfig.Resultaattypen types = config.resultaattypen();
        Optional<String> type = switch (status) {
            case AFGEWEZEN -> types.geweigerd();
            case INGETROKKEN -> types.ingetrokken();
            default -> types.verstrekt();
        };
        return type.orElseThrow();
    }
}
