package nl.redzaam.domain.screening;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;
import nl.redzaam.domain.trajectory.DomainScore;
import nl.redzaam.domain.trajectory.ScreeningId;
import nl.redzaam.domain.trajectory.ScreeningKind;
import nl.redzaam.domain.trajectory.ScreeningResult;

/**
 * The method's own screening instrument ("Zelfscan Redzaam"), for municipalities without another
 * instrument: 20 to 30 statements, at least four per theme, each rated on a scale of 1 (helemaal
 * niet waar) to 5 (helemaal waar). {@link #score} turns a complete set of answers into a {@link
 * ScreeningResult} with one score per theme: the average of that theme's answers.
 *
 * <p>A version never changes once published; start and end screenings are only compared when both
 * used the same version, which is why the {@link #instrument()} name carries the version.
 */
public record SelfAssessment(
    String name, int version, List<String> answerLabels, List<Statement> statements) {

  public static final int MIN_STATEMENTS = 20;
  public static final int MAX_STATEMENTS = 30;
  public static final int MIN_STATEMENTS_PER_THEME = 4;
  public static final int LOWEST_ANSWER = 1;
  public static final int HIGHEST_ANSWER = 5;

  /**
   * @param name the name of the instrument, for example "Zelfscan Redzaam"
   * @param version the version, 1 or more
   * @param answerLabels the five labels of the scale, from 1 (helemaal niet waar) to 5 (helemaal
   *     waar)
   * @param statements the statements, in the order they are shown
   */
  public SelfAssessment {
    name = Text.required(name, "The name of the self-assessment", 80);
    require(version >= 1, "self-assessment-version", "A self-assessment version is 1 or more");
    Objects.requireNonNull(answerLabels, "answerLabels");
    answerLabels =
        answerLabels.stream().map(label -> Text.required(label, "An answer label", 60)).toList();
    require(
        answerLabels.size() == HIGHEST_ANSWER - LOWEST_ANSWER + 1,
        "self-assessment-five-answer-labels",
        "A self-assessment has one label for each answer from 1 to 5, not "
            + answerLabels.size()
            + " labels");
    require(
        Set.copyOf(answerLabels).size() == answerLabels.size(),
        "self-assessment-answer-labels-unique",
        "The answer labels of a self-assessment differ from each other");
    statements = List.copyOf(statements);
    require(
        statements.size() >= MIN_STATEMENTS && statements.size() <= MAX_STATEMENTS,
        "self-assessment-statement-count",
        "A self-assessment has "
            + MIN_STATEMENTS
            + " to "
            + MAX_STATEMENTS
            + " statements, not "
            + statements.size());
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (Statement statement : statements) {
      require(
          ids.add(statement.id()),
          "self-assessment-statement-ids-unique",
          "The statement id '" + statement.id() + "' is used more than once");
      require(
          texts.add(statement.text()),
          "self-assessment-statement-texts-unique",
          "The statement '" + statement.text() + "' is in the self-assessment more than once");
    }
    for (Theme theme : Theme.values()) {
      long count = statements.stream().filter(s -> s.theme() == theme).count();
      require(
          count >= MIN_STATEMENTS_PER_THEME,
          "self-assessment-theme-coverage",
          "Every theme has at least "
              + MIN_STATEMENTS_PER_THEME
              + " statements; "
              + theme.dutchName()
              + " has "
              + count);
    }
  }

  /** The name and version as recorded on a screening result, for example "Zelfscan Redzaam v1". */
  public String instrument() {
    return name + " v" + version;
  }

  /** The label of an answer, for example "helemaal waar" for 5. */
  public String label(int answer) {
    requireOnScale(answer, "The answer " + answer);
    return answerLabels.get(answer - LOWEST_ANSWER);
  }

  public Optional<Statement> statement(String id) {
    return statements.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The statements of one theme, in the order they are shown. */
  public List<Statement> statements(Theme theme) {
    return statements.stream().filter(s -> s.theme() == theme).toList();
  }

  /**
   * Scores a completed self-assessment: one {@link DomainScore} per theme, in the order of {@link
   * Theme}, named by the theme's Dutch name, holding the average of that theme's answers to two
   * decimals.
   *
   * @param answers the answer (1 to 5) to every statement, by statement id
   * @throws RuleViolation when a statement is not answered, an id is unknown or an answer is not on
   *     the scale
   */
  public ScreeningResult score(
      Map<String, Integer> answers, ScreeningKind kind, ScreeningId id, LocalDate takenOn) {
    Objects.requireNonNull(answers, "answers");
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, Integer> answer : answers.entrySet()) {
      if (answer.getKey() == null || statement(answer.getKey()).isEmpty()) {
        unknown.add(String.valueOf(answer.getKey()));
      }
    }
    require(
        unknown.isEmpty(),
        "self-assessment-answer-unknown-statement",
        "Answers name statements that are not in " + instrument() + ": " + unknown);
    List<String> missing =
        statements.stream().map(Statement::id).filter(s -> answers.get(s) == null).toList();
    require(
        missing.isEmpty(),
        "self-assessment-answers-complete",
        "Every statement is answered exactly once; not answered: " + missing);
    for (Statement statement : statements) {
      requireOnScale(answers.get(statement.id()), "The answer to '" + statement.id() + "'");
    }
    List<DomainScore> scores = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      List<Statement> ofTheme = statements(theme);
      int sum = ofTheme.stream().mapToInt(s -> answers.get(s.id())).sum();
      BigDecimal average =
          BigDecimal.valueOf(sum)
              .divide(BigDecimal.valueOf(ofTheme.size()), 2, RoundingMode.HALF_UP);
      scores.add(new DomainScore(theme.dutchName(), average));
    }
    return new ScreeningResult(id, kind, instrument(), takenOn, scores);
  }

  private static void requireOnScale(int answer, String what) {
    require(
        answer >= LOWEST_ANSWER && answer <= HIGHEST_ANSWER,
        "self-assessment-answer-on-scale",
        what + " is not on the scale of " + LOWEST_ANSWER + " to " + HIGHEST_ANSWER);
  }
}
