package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The screenings of a trajectory: start and end are taken once each, interim ones as needed. */
final class Screenings {

  private final List<ScreeningResult> results;

  Screenings(List<ScreeningResult> results) {
    this.results = new ArrayList<>(results);
  }

  /** Records the result and returns the stage the trajectory moves to. */
  Stage record(ScreeningResult result, Stage current) {
    require(
        results.stream().noneMatch(s -> s.id().equals(result.id())),
        "duplicate-screening",
        "Screening " + result.id() + " already exists");
    Stage next = current.recordScreening(result.kind());
    if (result.kind() != ScreeningKind.INTERIM) {
      require(
          of(result.kind()).isEmpty(),
          "screening-taken-once",
          "The " + result.kind().name().toLowerCase() + " screening has already been recorded");
    }
    results.add(result);
    return next;
  }

  Optional<ScreeningComparison> comparison() {
    Optional<ScreeningResult> start = of(ScreeningKind.START);
    Optional<ScreeningResult> end = of(ScreeningKind.END);
    if (start.isEmpty()
        || end.isEmpty()
        || !start.get().instrument().equalsIgnoreCase(end.get().instrument())) {
      return Optional.empty();
    }
    List<String> domains =
        Stream.concat(start.get().scores().stream(), end.get().scores().stream())
            .map(DomainScore::domain)
            .distinct()
            .toList();
    List<ScreeningComparison.DomainChange> changes =
        domains.stream()
            .map(
                domain ->
                    new ScreeningComparison.DomainChange(
                        domain,
                        start.get().score(domain).map(DomainScore::score).orElse(null),
                        end.get().score(domain).map(DomainScore::score).orElse(null)))
            .toList();
    return Optional.of(new ScreeningComparison(start.get().instrument(), changes));
  }

  private Optional<ScreeningResult> of(ScreeningKind kind) {
    return results.stream().filter(s -> s.kind() == kind).findFirst();
  }

  List<ScreeningResult> all() {
    return List.copyOf(results);
  }
}
