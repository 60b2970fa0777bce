package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Spectral (from the npm registry, pinned in src/test/spectral/package-lock.json) on an
 * OpenAPI document with the project's ruleset. Installs it into target/spectral on first use.
 */
final class SpectralLint {

  private static final Path SOURCE = Path.of("src/test/spectral");
  private static final Path HOME = Path.of("target/spectral");
  static final String RULESET = "nlgov-api-design-rules.yaml";

  /** One finding; severity 0 is an error, 1 a warning. */
  record Finding(String rule, int severity, String message, String where) {
    @Override
    public String toString() {
      return (severity == 0 ? "error   " : "warning ") + rule + " at " + where + ": " + message;
    }
  }

  private SpectralLint() {}

  static List<Finding> lint(Path document) throws IOException, InterruptedException {
    install();
    Path report = HOME.resolve("report.json");
    Files.deleteIfExists(report);
    int exit =
        run(
            HOME,
            "node_modules/.bin/spectral",
            "lint",
            "--ruleset",
            RULESET,
            "--format",
            "json",
            "--output",
            report.getFileName().toString(),
            "--fail-severity",
            "error",
            "--quiet",
            document.toAbsolutePath().toString());
    // Exit code 1 means findings of severity error, which the report lists; anything else failed.
    if (exit > 1 || !Files.exists(report)) {
      fail("Spectral failed (exit code " + exit + "); see its output above");
    }
    JsonArray results =
        Json.createReader(new StringReader(Files.readString(report, StandardCharsets.UTF_8)))
            .readArray();
    return results.stream()
        .map(JsonObject.class::cast)
        .map(
            r ->
                new Finding(
                    r.getString("code"),
                    r.getInt("severity"),
                    r.getString("message"),
                    String.join(
                        ".",
                        r.getJsonArray("path").stream()
                            .map(v -> v.toString().replace("\"", ""))
                            .toList())))
        .toList();
  }

  private static void install() throws IOException, InterruptedException {
    Files.createDirectories(HOME);
    for (String file : List.of("package.json", "package-lock.json", RULESET)) {
      Files.copy(SOURCE.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.exists(HOME.resolve("node_modules/.bin/spectral"))) {
      int exit = run(HOME, "npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
      if (exit != 0) {
        fail("npm ci failed with exit code " + exit + "; see its output above");
      }
    }
  }

  private static int run(Path directory, String... command)
      throws IOException, InterruptedException {
    Process process;
    try {
      // Not inheritIO: the test JVM's own stdout is the build tool's channel to it.
      process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(directory.resolve("last-command.log").toFile())
              .start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Cannot run '"
              + command[0]
              + "'. The API lint needs Node.js 20 and npm (Debian: apt-get install -y nodejs npm)"
              + " and the npm registry.",
          e);
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " took longer than 5 minutes");
    }
    System.out.println(Files.readString(directory.resolve("last-command.log")));
    return process.exitValue();
  }
}
