package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.CATALOGUE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.COACH;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_ANSWERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.INCOME_OVERVIEW;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.LETTERS;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.MONTHLY_ALLOWANCE;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.date;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.firstDayOfWeek;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.inCoaching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.redzaam.domain.method.Theme;
import org.junit.jupiter.api.Test;

/** How far the resident is, theme by theme. */
class ThemeProgressTest {

  @Test
  void every_theme_is_listed_in_the_methods_order_even_without_assignments() {
    List<ThemeProgress> progress = inCoaching().themeProgress(CATALOGUE, date(1));

    assertEquals(List.of(Theme.values()), progress.stream().map(ThemeProgress::theme).toList());
    assertEquals(new ThemeProgress(Theme.BEING_PREPARED, 0, 0, 0, 0, 0, 0, 0), progress.get(4));
  }

  @Test
  void assignments_are_counted_by_where_they_stand_and_open_ones_by_their_week() {
    Trajectory t = inCoaching();
    // Week 2: income overview approved, the monthly allowance sent back, letters (week 10) skipped.
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.approve(INCOME_OVERVIEW, COACH, day(2));
    int week2 = firstDayOfWeek(2);
    t.submitAnswers(MONTHLY_ALLOWANCE, Map.of("ready-for-monthly", "no"), CATALOGUE, day(week2));
    t.requestRework(MONTHLY_ALLOWANCE, "Vraag het je bewindvoerder.", COACH, day(week2));
    t.skip(LETTERS, CATALOGUE, COACH, day(week2));

    List<ThemeProgress> progress = t.themeProgress(CATALOGUE, date(week2));

    assertEquals(new ThemeProgress(Theme.INCOME, 1, 1, 0, 0, 0, 0, 0), progress.get(0));
    assertEquals(new ThemeProgress(Theme.SELF_RELIANCE, 1, 0, 0, 0, 1, 0, 0), progress.get(1));
    assertEquals(
        new ThemeProgress(Theme.ORGANISING_MONEY_MATTERS, 2, 0, 0, 1, 0, 0, 1), progress.get(2));
    assertEquals(
        new ThemeProgress(Theme.SPENDING_RESPONSIBLY, 1, 0, 0, 0, 0, 1, 0), progress.get(3));
  }

  @Test
  void answers_waiting_for_review_and_the_coachs_own_assignments_count_in_their_theme() {
    Trajectory t = inCoaching();
    t.submitAnswers(INCOME_OVERVIEW, INCOME_ANSWERS, CATALOGUE, day(1));
    t.addOwnAssignment(
        1,
        Theme.SELF_RELIANCE,
        "Bel de bibliotheek",
        "Vraag naar hulp bij formulieren.",
        List.of(),
        COACH,
        day(1));

    List<ThemeProgress> progress = t.themeProgress(CATALOGUE, date(1));

    assertEquals(new ThemeProgress(Theme.INCOME, 1, 0, 1, 0, 0, 0, 0), progress.get(0));
    assertEquals(new ThemeProgress(Theme.SELF_RELIANCE, 2, 0, 0, 0, 2, 0, 0), progress.get(1));
  }
}
