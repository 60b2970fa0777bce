package nl.redzaam.domain.growthplan;

import java.time.LocalDate;
import java.util.Objects;
import nl.redzaam.domain.method.Theme;

/** A goal of the resident in the growth plan, optionally tied to a theme. */
public record Goal(
    GoalId id, String description, Theme theme, LocalDate setOn, LocalDate achievedOn) {
  public Goal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(setOn, "setOn");
  }

  public boolean achieved() {
    return achievedOn != null;
  }
}
