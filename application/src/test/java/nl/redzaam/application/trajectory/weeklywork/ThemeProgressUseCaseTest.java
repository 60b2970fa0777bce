package nl.redzaam.application.trajectory.weeklywork;

import static nl.redzaam.application.fixtures.UseCaseFixtures.COACH;
import static nl.redzaam.application.fixtures.UseCaseFixtures.WEEK_ONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.redzaam.application.fixtures.TrajectoryWorkTest;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.trajectory.ThemeProgress;
import org.junit.jupiter.api.Test;

class ThemeProgressUseCaseTest extends TrajectoryWorkTest {

  private ReadThemeProgress readThemeProgress() {
    return new ReadThemeProgress(currentUser, access, catalogues, clock);
  }

  private ReadThemeProgress.Overview read() {
    return readThemeProgress().execute(new ReadThemeProgress.Query(trajectory.id()));
  }

  @Test
  void everyone_who_may_view_sees_the_progress_of_every_theme_in_the_methods_order() {
    trajectory.submitAnswers(WEEK_ONE, Map.of("bedrag", "10"), catalogue, clock.now());

    for (var actor : List.of(resident(), coach(), standIn(), specialist(), supportWorker())) {
      actingAs(actor);
      ReadThemeProgress.Overview overview = read();
      assertEquals(1, overview.currentWeek());
      assertEquals(
          List.of(Theme.values()), overview.themes().stream().map(ThemeProgress::theme).toList());
      assertEquals(new ThemeProgress(Theme.INCOME, 1, 0, 1, 0, 0, 0, 0), overview.themes().get(0));
    }
    assertNotFound(coachOfAnotherMunicipality(), this::read);
  }

  @Test
  void an_approved_assignment_counts_as_approved() {
    trajectory.submitAnswers(WEEK_ONE, Map.of("bedrag", "10"), catalogue, clock.now());
    trajectory.approve(WEEK_ONE, COACH, clock.now());
    actingAs(resident());

    assertEquals(new ThemeProgress(Theme.INCOME, 1, 1, 0, 0, 0, 0, 0), read().themes().get(0));
  }
}
