package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The SBOMs built beside the WAR name every library it carries (after package): the jars (Maven)
 * and the style sheets and fonts from npm.
 */
class SoftwareBillOfMaterialsIT {

  @Test
  void every_jar_in_the_war_is_in_the_sbom() throws IOException {
    Path sbom = Path.of("target/redzaam-sbom.json");
    assertTrue(Files.exists(sbom), "no " + sbom + ": the cyclonedx-maven-plugin did not run");
    JsonObject document;
    try (InputStream in = Files.newInputStream(sbom)) {
      document = Json.createReader(in).readObject();
    }
    assertEquals("CycloneDX", document.getString("bomFormat"));
    Set<String> listed = new TreeSet<>();
    document
        .getJsonArray("components")
        .forEach(c -> listed.add(c.asJsonObject().getString("name")));

    Set<String> unlisted = new TreeSet<>();
    try (ZipFile war = new ZipFile(System.getProperty("redzaam.war"))) {
      war.stream()
          .map(ZipEntry::getName)
          .filter(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"))
          // flyway-core-11.20.3.jar, redzaam-domain-0.1.0-SNAPSHOT.jar: the name before the version
          .map(name -> name.substring("WEB-INF/lib/".length()).replaceAll("-[0-9].*\\.jar$", ""))
          .filter(name -> !listed.contains(name))
          .forEach(unlisted::add);
    }
    System.out.println("SBOM lists " + listed.size() + " components");
    assertFalse(listed.isEmpty());
    assertTrue(unlisted.isEmpty(), "jars in the WAR not in the SBOM: " + unlisted);
  }

  @Test
  void every_npm_package_the_war_carries_is_in_the_web_sbom_and_no_build_tool() throws IOException {
    Path sbom = Path.of("target/redzaam-web-sbom.json");
    assertTrue(Files.exists(sbom), "no " + sbom + ": build.mjs did not run cyclonedx-npm");
    JsonObject document;
    try (InputStream in = Files.newInputStream(sbom)) {
      document = Json.createReader(in).readObject();
    }
    JsonObject packageJson;
    try (InputStream in = Files.newInputStream(Path.of("src/main/werkomgeving/package.json"))) {
      packageJson = Json.createReader(in).readObject();
    }
    Set<String> listed = new TreeSet<>();
    document
        .getJsonArray("components")
        .forEach(
            c -> {
              JsonObject component = c.asJsonObject();
              String group = component.getString("group", "");
              listed.add((group.isEmpty() ? "" : group + "/") + component.getString("name"));
            });

    System.out.println("Web SBOM lists " + listed.size() + " npm components");
    assertTrue(
        listed.containsAll(packageJson.getJsonObject("dependencies").keySet()),
        "npm dependencies missing from the web SBOM: " + listed);
    for (String tool : packageJson.getJsonObject("devDependencies").keySet()) {
      assertFalse(listed.contains(tool), tool + " is a build or test tool, not in the WAR");
    }
  }
}
