package nl.redzaam.domain.growthplan;

import java.time.LocalDate;
import java.util.Objects;
import nl.redzaam.domain.staff.StaffMemberId;

/** A note of progress in the growth plan, about one goal or about the plan as a whole. */
public record ProgressEntry(
    ProgressEntryId id, GoalId goal, String text, LocalDate writtenOn, StaffMemberId author) {
  public ProgressEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(writtenOn, "writtenOn");
    Objects.requireNonNull(author, "author");
  }
}
