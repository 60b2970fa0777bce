package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of a trajectory. The current week is never stored: it follows from the day coaching
 * started, the pauses and the tempo changes, and it stops when coaching ends. Immutable: every
 * change returns a new schedule.
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
    return 1 + (int) (unitsBefore(day) / Tempo.UNITS_PER_WEEK);
  }

  /** The progress units counted from the start of coaching up to (not including) {@code day}. */
  private long unitsBefore(LocalDate day) {
    LocalDate end =
        coachingEndedOn != null && coachingEndedOn.isBefore(day) ? coachingEndedOn : day;
    long units = 0;
    // A trajectory lasts months, not decades: walking day by day is simple and cheap enough.
    for (LocalDate d = coachingStartedOn; d.isBefore(end); d = d.plusDays(1)) {
      if (!paused(d)) {
        units += tempoOn(d).unitsPerDay();
      }
    }
    return units;
  }

  /** This schedule as a {@link WeekClock}; empty before coaching starts. */
  Optional<WeekClock> clock() {
    if (coachingStartedOn == null) {
      return Optional.empty();
    }
    LocalDate from = WeekClock.latestChange(this);
    boolean standsStill = coachingEndedOn != null || pausedNow();
    return Optional.of(
        new WeekClock(from, unitsBefore(from), standsStill ? 0 : tempo().unitsPerDay()));
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

  /** True while a pause has no end yet. */
  boolean pausedNow() {
    return pauses.stream().anyMatch(Pause::ongoing);
  }

  /** The tempo of the latest change; changes are made today, so the latest is the last. */
  Tempo tempo() {
    return tempoChanges.isEmpty()
        ? Tempo.NORMAL
        : tempoChanges.get(tempoChanges.size() - 1).tempo();
  }

  /** Concluding the start conversation starts coaching: that day is the first day of week 1. */
  Schedule startCoaching(LocalDate on) {
    return new Schedule(on, coachingEndedOn, pauses, tempoChanges);
  }

  Schedule pause(LocalDate on) {
    require(!pausedNow(), "already-paused", "The trajectory is already paused");
    List<Pause> all = new ArrayList<>(pauses);
    all.add(new Pause(on, null));
    return new Schedule(coachingStartedOn, coachingEndedOn, all, tempoChanges);
  }

  Schedule resume(LocalDate on) {
    require(pausedNow(), "not-paused", "The trajectory is not paused");
    return withOngoingPauseEndedOn(on);
  }

  /** A second change on the same day replaces the first: only the last one counts. */
  Schedule changeTempo(Tempo newTempo, LocalDate on) {
    require(newTempo != tempo(), "same-tempo", "The trajectory already runs at tempo " + newTempo);
    List<TempoChange> all = new ArrayList<>(tempoChanges);
    all.removeIf(change -> change.from().equals(on));
    all.add(new TempoChange(on, newTempo));
    return new Schedule(coachingStartedOn, coachingEndedOn, pauses, all);
  }

  /** Freezes the week; ending twice keeps the first end. A pause still running ends with it. */
  Schedule endCoaching(LocalDate on) {
    Schedule ended =
        new Schedule(
            coachingStartedOn,
            coachingEndedOn == null ? on : coachingEndedOn,
            pauses,
            tempoChanges);
    return pausedNow() ? ended.withOngoingPauseEndedOn(on) : ended;
  }

  /** The ongoing pause is the last one: a new pause starts only when none is running. */
  private Schedule withOngoingPauseEndedOn(LocalDate on) {
    List<Pause> all = new ArrayList<>(pauses);
    Pause ongoing = all.remove(all.size() - 1);
    all.add(new Pause(ongoing.from(), on));
    return new Schedule(coachingStartedOn, coachingEndedOn, all, tempoChanges);
  }
}
