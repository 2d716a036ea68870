package nl.ikcregie.journey;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** One headless Chromium per test class, against the application under test; skipped where there is none. */
abstract class BrowserJourney {

    protected static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Browser.available(), "no Chromium at " + Browser.CHROMIUM);
        browser = Browser.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
