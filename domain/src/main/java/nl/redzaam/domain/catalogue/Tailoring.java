package nl.redzaam.domain.catalogue;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.List;
import java.util.Objects;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.plainlanguage.B1Gate;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;

/** One change a municipality makes to a national catalogue in its {@link CatalogueVariant}. */
public sealed interface Tailoring {

  /** The assignment the change is about. */
  AssignmentCode code();

  /** The assignment is left out. */
  record Hide(AssignmentCode code) implements Tailoring {
    public Hide {
      Objects.requireNonNull(code, "code");
    }
  }

  /** The assignment comes in another week (checked against the base when applied). */
  record Move(AssignmentCode code, int week) implements Tailoring {
    public Move {
      Objects.requireNonNull(code, "code");
      require(week >= 1, "week-counts-from-one", "An assignment's week counts from 1: " + code);
    }
  }

  /**
   * The assignment gets the municipality's own title and/or instruction; null keeps the national
   * text. The resident reads these texts, so they must pass the B1 gate.
   */
  record Reword(AssignmentCode code, String title, String instruction) implements Tailoring {
    public Reword {
      Objects.requireNonNull(code, "code");
      title = plain(Text.optional(title, "An assignment's title", 200), "title of " + code);
      instruction =
          plain(
              Text.optional(instruction, "An assignment's instruction", 4000),
              "instruction of " + code);
      require(
          title != null || instruction != null,
          "reword-changes-a-text",
          "A new text for " + code + " needs a title or an instruction");
    }
  }

  /** An assignment of the municipality's own. */
  record Add(
      AssignmentCode code,
      int week,
      Theme theme,
      String title,
      String instruction,
      List<Question> questions)
      implements Tailoring {

    /** What the coach reads for an own assignment of the municipality. */
    public static final String COACH_EXPECTATION =
        "Dit is een eigen opdracht van de gemeente. Bespreek de antwoorden met de inwoner.";

    public Add {
      Objects.requireNonNull(code, "code");
      require(
          !code.value().startsWith(Catalogue.OWN_ASSIGNMENT_PREFIX),
          "reserved-assignment-code",
          "Codes starting with " + Catalogue.OWN_ASSIGNMENT_PREFIX + " are for a coach's own");
      require(week >= 1, "week-counts-from-one", "An assignment's week counts from 1: " + code);
      Objects.requireNonNull(theme, "theme");
      title = plain(Text.required(title, "An assignment's title", 200), "title of " + code);
      instruction =
          plain(
              Text.required(instruction, "An assignment's instruction", 4000),
              "instruction of " + code);
      questions = List.copyOf(questions);
      questions.forEach(q -> plain(q.text(), "question " + q.id() + " of " + code));
    }

    AssignmentTemplate template() {
      return new AssignmentTemplate(
          code,
          week,
          theme,
          title,
          instruction,
          null,
          List.of(),
          questions,
          COACH_EXPECTATION,
          null,
          false,
          java.util.Set.of(),
          List.of());
    }
  }

  /** Returns the text when it passes the B1 gate; null passes (nothing to read). */
  private static String plain(String text, String what) {
    if (text != null) {
      B1Gate.check(text)
          .ifPresent(
              why -> {
                throw new RuleViolation(
                    "text-above-b1", "The " + what + " is not plain enough for B1: " + why);
              });
    }
    return text;
  }
}
