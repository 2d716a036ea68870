package nl.ikcregie.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.ikcregie.account.AccountService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At start-up: the demo year when IKC_DEMO_DATA=true, then the first beheerder if none exists. */
public class StartupData {

    @ConfigProperty(name = "ikc.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    DemoData demo;

    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent event) {
        if (demoData) {
            demo.load();
        }
        accounts.ensureFirstAdministrator();
    }
}
