package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.redzaam.domain.shared.Text;

/**
 * The result of a screening instrument (Mesis, a VNG instrument, our own self-assessment, ...): one
 * score per domain. Invariant: at least one domain, each once.
 */
public record ScreeningResult(
    ScreeningId id,
    ScreeningKind kind,
    String instrument,
    LocalDate takenOn,
    List<DomainScore> scores) {

  public ScreeningResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    instrument = Text.required(instrument, "The screening instrument", 100);
    Objects.requireNonNull(takenOn, "takenOn");
    scores = List.copyOf(scores);
    require(!scores.isEmpty(), "screening-needs-scores", "A screening has at least one score");
    require(
        scores.stream().map(DomainScore::domain).distinct().count() == scores.size(),
        "screening-domains-unique",
        "A screening scores each domain once");
  }

  public Optional<DomainScore> score(String domain) {
    return scores.stream().filter(s -> s.domain().equals(domain)).findFirst();
  }
}
