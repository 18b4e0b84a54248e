package org.actiontracker.system;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** axe-core (from npm, installed by this module's build) run in the page the browser shows. */
final class Axe {

    private static String source;

    private Axe() {
    }

    /** The serious and critical violations of WCAG 2.2 A and AA rules on the current page, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                  nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', ')}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " at " + v.get("nodes"))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + script + " (the build installs it)", e);
            }
        }
        return source;
    }
}
