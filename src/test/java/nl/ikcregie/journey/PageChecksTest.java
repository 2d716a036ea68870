package nl.ikcregie.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page checks themselves, on small pages made for the purpose (no application needed): each finds
 * what it is meant to find and passes what is fine, so a green AccessibilityTest or KeyboardTest means
 * something.
 */
class PageChecksTest {

    private static Browser browser;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.available(), "no Chromium at " + Browser.CHROMIUM);
        browser = Browser.launch();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static List<String> walk(Page page) {
        PageChecks.startFocusWalk(page);
        for (int i = 0; i < 20; i++) {
            page.keyboard().press("Tab");
            if (!PageChecks.recordFocus(page)) {
                break;
            }
        }
        return PageChecks.judgeFocusWalk(page);
    }

    @Test
    void aFocusWalkFindsPositiveTabindexHiddenTargetsMissingIndicatorsAndJumps() throws Exception {
        try (Browser.Visit visit = browser.visit(new java.net.URL("http://localhost/"))) {
            Page page = visit.page;
            page.setContent("""
                    <style>
                      a:focus-visible, button:focus-visible { outline: 3px solid #000; }
                      .bare:focus { outline: none; }
                      .low { margin-top: 300px; display: block; }
                    </style>
                    <a href="#a">first</a>
                    <a href="#b" class="low">second, lower</a>
                    <button class="bare">no indicator</button>
                    <a href="#c" tabindex="3">positive</a>
                    <a href="#d" style="position:absolute; left:-9999px">off screen</a>
                    """);
            List<String> problems = walk(page);
            assertTrue(problems.stream().anyMatch(p -> p.contains("positive tabindex 3")), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.contains("\"no indicator\": no visible focus indicator")), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.contains("\"off screen\": the focus lands on an element that cannot be seen")), problems::toString);
            // the positive tabindex comes first, before what precedes it in the page
            assertTrue(problems.stream().anyMatch(p -> p.contains("comes before it in the page")), problems::toString);

            page.setContent("""
                    <style>:focus-visible { outline: 3px solid #000; }</style>
                    <a href="#a">one</a> <a href="#b">two</a> <button>three</button>
                    """);
            assertEquals(List.of(), walk(page));
        }
    }

    @Test
    void reflowFindsSidewaysScrollingAndClippedContent() throws Exception {
        try (Browser.Visit visit = browser.visit(new java.net.URL("http://localhost/"))) {
            Page page = visit.page;
            page.setViewportSize(320, 600);
            page.setContent("<div style='width:500px'>wide</div>");
            assertTrue(PageChecks.reflow(page).stream().anyMatch(p -> p.contains("px sideways")));
            page.setContent("<div style='width:200px; overflow:hidden; white-space:nowrap'>"
                    + "Toegankelijkheidsverklaring van de gemeente</div>");
            assertTrue(PageChecks.reflow(page).stream().anyMatch(p -> p.contains("cuts off its content")),
                    () -> PageChecks.reflow(page).toString());
            page.setContent("<div style='overflow-x:auto'><table><tr><td style='min-width:900px'>wide table</td></tr></table></div>"
                    + "<p>Reflows</p>");
            assertEquals(List.of(), PageChecks.reflow(page));
        }
    }

    @Test
    void anErrorSummaryMustHaveTheFocusAndLeadToFieldsThatNameTheirError() throws Exception {
        try (Browser.Visit visit = browser.visit(new java.net.URL("http://localhost/"))) {
            Page page = visit.page;
            page.setContent("""
                    <div id="foutmeldingen" tabindex="-1"><a href="#naam">Vul de naam in.</a><a href="#ontbreekt">x</a>
                      <a href="#soort">Kies de soort.</a></div>
                    <div class="utrecht-form-field-error-message" id="naam-fout">Vul de naam in.</div>
                    <input id="naam" aria-invalid="true" aria-describedby="naam-fout">
                    <div class="utrecht-form-field-error-message" id="soort-fout">Kies de soort.</div>
                    <select id="soort"><option>a</option></select>
                    """);
            List<String> problems = PageChecks.errorSummary(page, true);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("the error summary does not have the focus")), problems::toString);
            assertTrue(problems.contains("summary link #ontbreekt: nothing on the page has that id"), problems::toString);
            assertTrue(problems.contains("#soort: the field lacks aria-invalid=\"true\""), problems::toString);
            assertTrue(problems.contains("#soort: aria-describedby names no visible error message"), problems::toString);
            assertTrue(problems.stream().anyMatch(p -> p.startsWith("error message \"Kies de soort.\" is not named")), problems::toString);
            assertEquals(5, problems.size(), problems::toString);

            page.evaluate("() => document.getElementById('foutmeldingen').focus()");
            page.evaluate("() => { document.querySelector('a[href=\"#ontbreekt\"]').remove();"
                    + " const s = document.getElementById('soort'); s.setAttribute('aria-invalid', 'true');"
                    + " s.setAttribute('aria-describedby', 'soort-fout'); }");
            assertEquals(List.of(), PageChecks.errorSummary(page, true));
        }
    }
}
