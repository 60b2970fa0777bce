package nl.redzaam.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.deployment.MatrixWorld.Role;
import nl.redzaam.deployment.MatrixWorld.Scope;

/**
 * The authorisation rules as {@code docs/security.md} writes them down: the permission table and
 * the table naming each endpoint's rule. From them, the outcome a caller must get.
 */
final class DocumentedRules {

  enum Outcome {
    ALLOWED,
    FORBIDDEN,
    NOT_FOUND
  }

  static final Path DOCUMENT = Path.of("..", "docs", "security.md");

  private static final Pattern ROW = Pattern.compile("^\\|(.*)\\|\\s*$");

  /** The actor's relation to their own trajectory in the matrix (the administrator's is below). */
  private static final Map<Role, String> RELATION_TO_OWN_TRAJECTORY =
      Map.of(
          Role.RESIDENT, "RESIDENT",
          Role.COACH, "COACH",
          Role.SPECIALIST, "SPECIALIST",
          Role.SUPPORT_WORKER, "SUPPORT_WORKER");

  private static final Set<Role> STAFF =
      Set.of(Role.ADMINISTRATOR, Role.POLICY_OFFICER, Role.COACH, Role.SPECIALIST);

  /** "GET /v1/trajectories/{trajectoryId}" to its rule, in the document's order. */
  final Map<String, String> endpoints;

  /** Permission to the relations that hold it. */
  final Map<String, Set<String>> permissions;

  private DocumentedRules(Map<String, String> endpoints, Map<String, Set<String>> permissions) {
    this.endpoints = endpoints;
    this.permissions = permissions;
  }

  static DocumentedRules read() throws IOException {
    String document = Files.readString(DOCUMENT);
    Map<String, String> endpoints = new LinkedHashMap<>();
    List<List<String>> endpointRows = rows(document, "endpoints");
    for (List<String> cells : endpointRows.subList(1, endpointRows.size())) {
      endpoints.put(unquote(cells.get(0)), unquote(cells.get(1)));
    }
    Map<String, Set<String>> permissions = new HashMap<>();
    List<List<String>> table = rows(document, "permissions");
    List<String> header = table.get(0);
    for (List<String> cells : table.subList(1, table.size())) {
      Set<String> holders = new HashSet<>();
      for (int column = 2; column < cells.size(); column++) {
        if (cells.get(column).equals("yes")) {
          holders.add(header.get(column));
        }
      }
      permissions.put(unquote(cells.get(0)), holders);
    }
    return new DocumentedRules(endpoints, permissions);
  }

  /** What this actor must get for an operation under this rule on an object in this scope. */
  Outcome expected(String rule, Role role, Scope scope) {
    if (permissions.containsKey(rule)) {
      if (role == Role.ADMINISTRATOR) {
        // An administrator relates to every trajectory of the municipality, for the permissions
        // granted to ADMINISTRATOR only; for the others the role gives no relation.
        return scope != Scope.OTHER_MUNICIPALITY && permissions.get(rule).contains("ADMINISTRATOR")
            ? Outcome.ALLOWED
            : Outcome.NOT_FOUND;
      }
      if (scope != Scope.OWN || !RELATION_TO_OWN_TRAJECTORY.containsKey(role)) {
        return Outcome.NOT_FOUND;
      }
      return permissions.get(rule).contains(RELATION_TO_OWN_TRAJECTORY.get(role))
          ? Outcome.ALLOWED
          : Outcome.FORBIDDEN;
    }
    return switch (rule) {
      case "administrator" -> {
        if (role != Role.ADMINISTRATOR) {
          yield Outcome.FORBIDDEN;
        }
        yield scope == Scope.OTHER_MUNICIPALITY ? Outcome.NOT_FOUND : Outcome.ALLOWED;
      }
      case "policy officer or administrator" ->
          role == Role.POLICY_OFFICER || role == Role.ADMINISTRATOR
              ? Outcome.ALLOWED
              : Outcome.FORBIDDEN;
      case "the staff member themself" ->
          STAFF.contains(role) && scope == Scope.OWN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
      case "staff" -> STAFF.contains(role) ? Outcome.ALLOWED : Outcome.FORBIDDEN;
      case "specialist" -> role == Role.SPECIALIST ? Outcome.ALLOWED : Outcome.FORBIDDEN;
      case "resident" -> role == Role.RESIDENT ? Outcome.ALLOWED : Outcome.FORBIDDEN;
      case "support worker" -> role == Role.SUPPORT_WORKER ? Outcome.ALLOWED : Outcome.FORBIDDEN;
      case "anyone" -> Outcome.ALLOWED;
      default -> throw new IllegalStateException("docs/security.md names an unknown rule: " + rule);
    };
  }

  /** The rows, header first, of the table between {@code <!-- name:start -->} and {@code end}. */
  private static List<List<String>> rows(String document, String name) {
    int start = document.indexOf("<!-- " + name + ":start -->");
    int end = document.indexOf("<!-- " + name + ":end -->");
    if (start < 0 || end < start) {
      throw new IllegalStateException("docs/security.md has no table marked " + name);
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : document.substring(start, end).split("\n")) {
      Matcher row = ROW.matcher(line.strip());
      if (row.matches() && !line.contains("---")) {
        rows.add(List.of(row.group(1).split("\\|")).stream().map(String::strip).toList());
      }
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.replace("`", "").strip();
  }
}
