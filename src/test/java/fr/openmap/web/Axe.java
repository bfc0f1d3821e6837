package fr.openmap.web;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs axe-core (the npm package, installed by {@code .ci/run} under {@code .ci/axe}) in the page the
 * browser shows, and fails on any serious or critical accessibility violation, listing each one.
 */
public final class Axe {

    static final Path SCRIPT = Path.of(".ci/axe/node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    /** Checks the page now shown; {@code what} names it in the failure. */
    @SuppressWarnings("unchecked")
    public static void check(WebDriver browser, String what) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // injected through the driver, not a <script> of the page: the page's CSP stays as it is
        js.executeScript(script() + "\n;window.axe = axe;");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))
                   .catch(e => done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer;
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .collect(Collectors.toList());
        if (!serious.isEmpty()) {
            fail("accessibility violations on " + what + " (" + browser.getCurrentUrl() + "):\n  "
                    + String.join("\n  ", serious));
        }
    }

    private static synchronized String script() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new IllegalStateException("the page tests need axe-core: npm install --no-save --prefix .ci/axe axe-core@4"
                        + " (.ci/run installs it)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
