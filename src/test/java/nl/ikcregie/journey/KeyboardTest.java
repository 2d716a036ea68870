package nl.ikcregie.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ikcregie.Rounds;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

/**
 * Keyboard only, on a page of each kind: the login page, a start page, a long form and a table. From
 * the top of the page, Tab first reaches the skip link, which shows itself and moves the focus to the
 * main content; every element Tab reaches shows where the focus is, in the order of the page, never a
 * hidden one. A form is filled in and sent with keys alone; after a failed attempt the error summary has
 * the focus and leads to the fields, which name their own error. No script is involved: the pages have
 * none.
 */
@QuarkusTest
class KeyboardTest extends BrowserJourney {

    /** More Tab presses than any page here has focusable elements; the walk stops when it goes round. */
    private static final int MAX_TABS = 400;

    @Test
    void theLoginPage() {
        try (Browser.Visit visit = browser.visit(base)) {
            List<String> problems = new ArrayList<>();
            problems.addAll(skipLink(visit.page, "/login"));
            problems.addAll(walk(visit.page, "/login", 5));
            assertNone(problems, visit);
        }
    }

    @Test
    void aStartPage() {
        try (Browser.Visit visit = browser.visit(base)) {
            signInWithTheKeyboard(visit, "projectleider");
            List<String> problems = new ArrayList<>();
            problems.addAll(skipLink(visit.page, "/projectleider"));
            problems.addAll(walk(visit.page, "/projectleider", 15));
            assertNone(problems, visit);
        }
    }

    @Test
    void aLongForm() {
        long round = Rounds.open(Rounds.freshYear());
        long ikc = Sessions.api("projectleider").get("/api/v1/ikcs").jsonPath().getLong("find { it.naam == 'IKC Plataan' }.id");
        long draft = Sessions.api("aanvrager-proloog").contentType("application/json").body(Map.of("ikcId", ikc))
                .post("/api/v1/subsidierondes/" + round + "/aanvragen").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String path = "/aanvragen/" + draft + "/stap/zelfevaluatie";
        try (Browser.Visit visit = browser.visit(base)) {
            signInWithTheKeyboard(visit, "aanvrager-proloog");
            List<String> problems = new ArrayList<>();
            problems.addAll(skipLink(visit.page, path));
            // twelve criteria, each with its levels to unfold and two choices
            problems.addAll(walk(visit.page, path, 12 * 3));
            assertNone(problems, visit);
        }
    }

    @Test
    void aTable() {
        long round = Sessions.api("projectleider").get("/api/v1/subsidierondes").jsonPath()
                .getLong("find { it.titel == 'Subsidieronde 2026' }.id");
        String path = "/rondes/" + round + "/aanvragen";
        try (Browser.Visit visit = browser.visit(base)) {
            signInWithTheKeyboard(visit, "projectleider");
            List<String> problems = new ArrayList<>();
            problems.addAll(skipLink(visit.page, path));
            problems.addAll(walk(visit.page, path, 15));
            assertNone(problems, visit);
        }
    }

    @Test
    void aFormIsSentWithTheKeyboardAndItsErrorsLeadToTheFields() {
        String name = "Toetsenbord BV " + System.nanoTime();
        try (Browser.Visit visit = browser.visit(base)) {
            Page page = visit.page;
            signInWithTheKeyboard(visit, "projectleider");
            page.navigate("/organisaties/nieuw");
            visit.tabTo(button(page, "Opslaan"), 40);
            page.keyboard().press("Space");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het formulier is nog niet goed ingevuld");
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'foutmeldingen'");
            assertEquals(List.of(), PageChecks.errorSummary(page, true));

            // from the summary, Tab reaches its first link and Enter moves the focus to that field
            page.keyboard().press("Tab");
            assertEquals("#naam", page.evaluate("() => document.activeElement.getAttribute('href')"));
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement.id === 'naam'");
            assertTrue(PageChecks.focusedElementInView(page), "the field the summary leads to is out of view");
            page.keyboard().type(name);
            page.keyboard().press("Tab");
            assertEquals("soort", page.evaluate("() => document.activeElement.id"));
            page.keyboard().press("ArrowDown");
            assertFalse(((String) page.evaluate("() => document.activeElement.value")).isEmpty(), "no kind chosen with the arrow key");
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Enter");
            assertThat(heading(page, name)).isVisible();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De organisatie is toegevoegd");
            assertEquals(List.of(), visit.problems());
        }
    }

    /** Signs in with keys alone: Tab to the user name, type, Tab, type, Enter. */
    private static void signInWithTheKeyboard(Browser.Visit visit, String username) {
        Page page = visit.page;
        page.navigate("/login");
        visit.tabTo(page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)), 5);
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
    }

    /**
     * The first Tab on the page reaches the skip link, hidden until then and visible once focused;
     * Enter moves the focus to the main content, and the next Tab to the first element in it.
     */
    private static List<String> skipLink(Page page, String path) {
        List<String> problems = new ArrayList<>();
        page.navigate(path);
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud").setExact(true));
        if (skip.count() != 1) {
            return List.of(path + ": no skip link \"Naar de inhoud\"");
        }
        if ((Boolean) skip.evaluate("el => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1 && r.bottom > 0; }")) {
            problems.add(path + ": the skip link is visible before it has the focus");
        }
        page.keyboard().press("Tab");
        if (!(Boolean) skip.evaluate("el => el === document.activeElement")) {
            return List.of(path + ": the first Tab reaches " + PageChecks.focused(page) + ", not the skip link");
        }
        if (!PageChecks.focusedElementInView(page)) {
            problems.add(path + ": the skip link has the focus but cannot be seen");
        }
        page.keyboard().press("Enter");
        page.waitForTimeout(100);
        if (!(Boolean) page.evaluate("() => document.activeElement === document.querySelector('main')")) {
            problems.add(path + ": after the skip link the focus is on " + PageChecks.focused(page) + ", not on the main content");
        }
        page.keyboard().press("Tab");
        if (!(Boolean) page.evaluate("() => !!document.activeElement.closest('main')")) {
            problems.add(path + ": Tab after the skip link reaches " + PageChecks.focused(page) + ", outside the main content");
        }
        return problems;
    }

    /** Tabs through the whole page from its top and judges each stop; at least {@code expected} stops. */
    private static List<String> walk(Page page, String path, int expected) {
        page.navigate(path);
        PageChecks.startFocusWalk(page);
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if (!PageChecks.recordFocus(page)) {
                break;
            }
        }
        List<String> walked = PageChecks.walked(page);
        List<String> problems = new ArrayList<>();
        if (walked.size() < expected) {
            problems.add(path + ": Tab reached only " + walked.size() + " elements: " + walked);
        }
        PageChecks.judgeFocusWalk(page).forEach(problem -> problems.add(path + ": " + problem));
        return problems;
    }

    private static void assertNone(List<String> problems, Browser.Visit visit) {
        List<String> all = new ArrayList<>(problems);
        visit.problems().forEach(problem -> all.add("browser: " + problem));
        assertEquals(0, all.size(), () -> all.size() + " keyboard problem(s):\n" + String.join("\n", all));
    }
}
