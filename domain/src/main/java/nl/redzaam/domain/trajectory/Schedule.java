package nl.redzaam.domain.trajectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The clock of a trajectory. The current week is never stored: it follows from the day coaching
 * started, the pauses and the tempo changes, and it stops when coaching ends.
 */
record Schedule(
    LocalDate coachingStartedOn,
    LocalDate coachingEndedOn,
    List<Pause> pauses,
    List<TempoChange> tempoChanges) {

  Schedule {
    pauses = List.copyOf(pauses);
    tempoChanges = List.copyOf(tempoChanges);
  }

  /** The trajectory week on {@code day}: 0 before coaching starts, then 1, 2, ... */
  int weekOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (coachingStartedOn == null || day.isBefore(coachingStartedOn)) {
      return 0;
    }
    LocalDate end =
        coachingEndedOn != null && coachingEndedOn.isBefore(day) ? coachingEndedOn : day;
    long units = 0;
    // A trajectory lasts months, not decades: walking day by day is simple and cheap enough.
    for (LocalDate d = coachingStartedOn; d.isBefore(end); d = d.plusDays(1)) {
      if (!paused(d)) {
        units += tempoOn(d).unitsPerDay();
      }
    }
    return 1 + (int) (units / Tempo.UNITS_PER_WEEK);
  }

  Tempo tempoOn(LocalDate day) {
    Tempo tempo = Tempo.NORMAL;
    for (TempoChange change : tempoChanges) {
      if (!change.from().isAfter(day)) {
        tempo = change.tempo();
      }
    }
    return tempo;
  }

  boolean paused(LocalDate day) {
    return pauses.stream().anyMatch(p -> p.covers(day));
  }
}
