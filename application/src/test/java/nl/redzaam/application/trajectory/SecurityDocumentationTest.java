package nl.redzaam.application.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/security.md documents exactly the permissions {@link TrajectoryAccess} enforces. */
class SecurityDocumentationTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "security.md");

  @Test
  void the_permission_table_matches_the_code() throws IOException {
    String text = Files.readString(DOCUMENT);
    String table =
        text.substring(
            text.indexOf("<!-- permissions:start -->"), text.indexOf("<!-- permissions:end -->"));

    assertEquals(expectedTable(), documentedRows(table));
  }

  private static List<String> expectedTable() {
    List<String> rows = new ArrayList<>();
    for (TrajectoryPermission p : TrajectoryPermission.values()) {
      StringBuilder row = new StringBuilder("| `" + p.name() + "` | " + p.description() + " |");
      for (Relation r : Relation.values()) {
        row.append(p.grantedTo().contains(r) ? " yes |" : " - |");
      }
      rows.add(row.toString());
    }
    return rows;
  }

  private static List<String> documentedRows(String table) {
    return Arrays.stream(table.split("\n"))
        .filter(line -> line.startsWith("| `"))
        .map(String::strip)
        .toList();
  }
}
