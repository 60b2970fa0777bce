package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.staff.StaffMemberId;

/** An assignment the coach wrote for this one resident, beside those of the catalogue. */
public record OwnAssignment(
    AssignmentCode code,
    int week,
    Theme theme,
    String title,
    String instruction,
    List<Question> questions,
    StaffMemberId addedBy) {

  public OwnAssignment {
    Objects.requireNonNull(code, "code");
    require(week >= 1, "week-counts-from-one", "An assignment's week counts from 1");
    Objects.requireNonNull(theme, "theme");
    title = Text.required(title, "An assignment's title", 200);
    instruction = Text.required(instruction, "An assignment's instruction", 4000);
    questions = List.copyOf(questions);
    require(
        questions.stream().map(Question::id).distinct().count() == questions.size(),
        "question-ids-unique",
        "Question ids must be unique within an assignment");
    Objects.requireNonNull(addedBy, "addedBy");
  }
}
