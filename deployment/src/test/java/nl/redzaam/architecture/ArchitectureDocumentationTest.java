package nl.redzaam.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/architecture.md names exactly the Maven modules and the aggregate roots there are. */
class ArchitectureDocumentationTest {

  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern FIRST_CELL = Pattern.compile("(?m)^\\| `([^`]+)` \\|");

  @Test
  void the_module_table_lists_every_maven_module() throws IOException {
    assertEquals(modules(ROOT, ""), firstCells(section("## Modules")));
  }

  @Test
  void the_aggregate_table_lists_every_aggregate_root() throws IOException {
    var production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.redzaam.domain");
    assertEquals(HexagonalRules.aggregateRoots(production), firstCells(section("## The domain")));
  }

  private static SortedSet<String> modules(Path dir, String prefix) throws IOException {
    SortedSet<String> found = new TreeSet<>();
    Matcher m = MODULE.matcher(Files.readString(dir.resolve("pom.xml")));
    while (m.find()) {
      String module = m.group(1);
      Path moduleDir = dir.resolve(module);
      SortedSet<String> inner = modules(moduleDir, prefix + module + "/");
      // A parent of modules (adapters) is no module of its own; its children are.
      if (inner.isEmpty() || Files.exists(moduleDir.resolve("src"))) {
        found.add(prefix + module);
      }
      found.addAll(inner);
    }
    return found;
  }

  private static String section(String heading) throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
    int start = doc.indexOf("\n" + heading + "\n");
    if (start < 0) {
      throw new AssertionError("docs/architecture.md has no section " + heading);
    }
    int end = doc.indexOf("\n## ", start + 1);
    return end < 0 ? doc.substring(start) : doc.substring(start, end);
  }

  private static SortedSet<String> firstCells(String text) {
    SortedSet<String> cells = new TreeSet<>();
    Matcher m = FIRST_CELL.matcher(text);
    while (m.find()) {
      cells.add(m.group(1));
    }
    return cells;
  }
}
