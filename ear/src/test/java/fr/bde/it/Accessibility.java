package fr.bde.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Runs axe-core (WCAG 2 A and AA rules) in the page shown and lists the serious and critical violations. */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Fails when axe-core finds a serious or critical WCAG 2.1 AA violation in the page shown. */
    public static void check(WebDriver driver, String page) throws IOException {
        List<String> blocking = violations(driver);
        if (!blocking.isEmpty()) {
            throw new AssertionError(page + ": " + blocking);
        }
    }

    public static List<String> violations(WebDriver driver) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(Path.of(System.getProperty("axe.script"))));
        String json = (String) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        // waits for PrimeFaces' ajax queue and CSS transitions to end: a button re-enabled after an
                        // ajax call fades from opacity .6 to 1 in 0.2 s, and axe must not judge its contrast mid-way
                        + "const settled = () => (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && document.getAnimations().every(a => a.playState !== 'running');"
                        + "const start = Date.now();"
                        + "const wait = () => settled() || Date.now() - start > 5000 ? run() : setTimeout(wait, 50);"
                        + "const run = () => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe-error', "
                        + "impact: 'critical', help: String(e), nodes: []}])));"
                        + "wait();");
        JsonArray found = Json.createReader(new StringReader(json)).readArray();
        List<String> blocking = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            JsonObject violation = found.getJsonObject(i);
            if (BLOCKING.contains(violation.getString("impact", ""))) {
                StringBuilder where = new StringBuilder();
                violation.getJsonArray("nodes").forEach(n -> where.append(' ')
                        .append(n.asJsonObject().getJsonArray("target").toString()));
                blocking.add(violation.getString("id") + " (" + violation.getString("impact") + "): "
                        + violation.getString("help") + " —" + where);
            }
        }
        return blocking;
    }
}
