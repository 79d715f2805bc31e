package org.disputes.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Spectral ({@code @stoplight/spectral-cli}, pinned in {@code tools/spectral}) on an OpenAPI document, with the
 * repository's {@code .spectral.yaml} ({@code spectral:oas}, nothing switched off). {@code ./test.sh} installs it
 * with {@code npm ci}; a test that needs it and does not find it fails saying so, it is never skipped.
 */
public final class Spectral {

    private Spectral() {
    }

    /** Every finding of any severity (error, warning, information, hint), one a line; empty when the document is clean. */
    public static List<String> findings(Path document) {
        Path root = repositoryRoot();
        Path binary = root.resolve("tools/spectral/node_modules/.bin/spectral");
        if (!Files.isExecutable(binary)) {
            fail("Spectral is not installed at " + binary + ": run ./test.sh, which installs it (npm ci in "
                    + "tools/spectral), or run `npm ci --prefix tools/spectral` once");
        }
        Path output = document.resolveSibling(document.getFileName() + ".spectral.txt");
        try {
            Process spectral = new ProcessBuilder(binary.toString(), "lint", document.toString(),
                    "--ruleset", root.resolve(".spectral.yaml").toString(), "--format", "text",
                    "--fail-severity", "hint")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!spectral.waitFor(2, TimeUnit.MINUTES)) {
                spectral.destroyForcibly();
                fail("Spectral did not finish linting " + document + " within two minutes");
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            if (spectral.exitValue() != 0 && lines.isEmpty()) {
                fail("Spectral failed (exit " + spectral.exitValue() + ") and said nothing");
            }
            return spectral.exitValue() == 0 ? List.of() : lines;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run Spectral at " + binary, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while Spectral ran", e);
        }
    }

    /** The repository's root, where {@code .spectral.yaml} is: a module's tests run in the module's directory. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(".spectral.yaml")) && Files.isDirectory(dir.resolve("tools/spectral"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No .spectral.yaml with tools/spectral above " + Path.of("").toAbsolutePath());
    }
}
