package nl.ikcregie.journey;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One headless Debian Chromium driven by Playwright, shared by the journeys of a test class.
 * Playwright never downloads a browser: its driver comes from the Maven jar, the browser from
 * {@code apt-get install chromium}. Each journey opens its own {@link Visit} (a fresh context).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** True when the system Chromium is installed; journeys are skipped otherwise. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static Browser launch() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            com.microsoft.playwright.Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--no-first-run")));
            return new Browser(playwright, chromium);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser context (no cookies) on the application under test. */
    Visit visit(URL base) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(base.toString().replaceAll("/$", ""))
                .setLocale("nl-NL"));
        return new Visit(context);
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            playwright.close();
        }
    }

    /**
     * One journey's context and page. Records what a user would not notice but a broken page shows:
     * script errors, console errors (such as Content-Security-Policy violations) and sub-resources
     * (CSS, images) that fail to load. Error pages themselves (400, 403) are part of the journeys.
     */
    static final class Visit implements AutoCloseable {

        final BrowserContext context;
        final Page page;
        private final List<String> problems = new ArrayList<>();

        private Visit(BrowserContext context) {
            this.context = context;
            this.page = context.newPage();
            page.onPageError(error -> problems.add("page error on " + page.url() + ": " + error));
            page.onConsoleMessage(message -> {
                // a 4xx document (a form with errors, the 403 page) is logged as a failed resource;
                // failing sub-resources are caught by onResponse below with their URL
                if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                    problems.add("console error on " + page.url() + ": " + message.text());
                }
            });
            page.onResponse(response -> {
                if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                    problems.add(response.status() + " for " + response.request().resourceType() + " "
                            + response.url());
                }
            });
            page.onRequestFailed(request -> problems.add("request failed: " + request.url() + " ("
                    + request.failure() + ")"));
        }

        /** Presses Tab until {@code target} has the focus, proving it is reachable by keyboard. */
        void tabTo(Locator target, int maxPresses) {
            for (int i = 0; i < maxPresses; i++) {
                page.keyboard().press("Tab");
                if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                    return;
                }
            }
            throw new AssertionError("not reached with " + maxPresses + " Tab presses: " + target);
        }

        List<String> problems() {
            return List.copyOf(problems);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
