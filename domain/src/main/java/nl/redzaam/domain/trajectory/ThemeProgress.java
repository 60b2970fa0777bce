package nl.redzaam.domain.trajectory;

import java.util.Objects;
import nl.redzaam.domain.method.Theme;

/**
 * How far the resident is in one theme: the assignments of the theme (the catalogue's and the
 * coach's own) by where they stand. The counts other than {@code assignments} add up to it.
 *
 * @param waitingForReview answers handed in, not reviewed yet
 * @param toDo open, in the current week or earlier
 * @param upcoming open, in a later week
 */
public record ThemeProgress(
    Theme theme,
    int assignments,
    int approved,
    int waitingForReview,
    int needsRework,
    int toDo,
    int upcoming,
    int skipped) {

  public ThemeProgress {
    Objects.requireNonNull(theme, "theme");
  }
}
