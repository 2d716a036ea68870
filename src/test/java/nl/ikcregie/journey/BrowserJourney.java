package nl.ikcregie.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

    /** Signs in through the login form (every demo password is "demo"). */
    protected static void signIn(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill("demo");
        button(page, "Aanmelden").click();
    }

    /** An item of the main menu. */
    protected static Locator menu(Page page, String item) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(item).setExact(true));
    }

    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The page's h1 with exactly this text. */
    protected static Locator heading(Page page, String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(1));
    }
}
