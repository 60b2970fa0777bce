package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.Objects;

/** From this day on the trajectory runs at this tempo. */
public record TempoChange(LocalDate from, Tempo tempo) {
  public TempoChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(tempo, "tempo");
  }
}
