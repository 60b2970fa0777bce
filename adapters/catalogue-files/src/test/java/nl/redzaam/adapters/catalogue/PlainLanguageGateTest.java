package nl.redzaam.adapters.catalogue;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.plainlanguage.B1Gate;
import nl.redzaam.domain.plainlanguage.Readability;
import nl.redzaam.domain.screening.SelfAssessment;
import org.junit.jupiter.api.Test;

/**
 * The B1 gate on every resident-facing text of the shipped catalogues: titles, instructions, why it
 * matters, steps, questions and their options, evaluation questions. Texts for professionals (what
 * the coach and the specialist do) are not measured.
 */
class PlainLanguageGateTest {

  private record Text(String where, String text) {}

  private static Stream<Text> residentTexts(Catalogue catalogue) {
    List<Text> texts = new ArrayList<>();
    for (AssignmentTemplate a : catalogue.assignments()) {
      String at = catalogue.id() + " " + a.code() + " ";
      texts.add(new Text(at + "title", a.title()));
      texts.add(new Text(at + "instruction", a.instruction()));
      Optional.ofNullable(a.whyItMatters()).ifPresent(w -> texts.add(new Text(at + "why", w)));
      a.steps().forEach(step -> texts.add(new Text(at + "step", step)));
      a.questions()
          .forEach(
              q -> {
                texts.add(new Text(at + "question " + q.id(), q.text()));
                q.options().forEach(o -> texts.add(new Text(at + "option of " + q.id(), o)));
              });
    }
    for (EvaluationKind kind : EvaluationKind.values()) {
      for (EvaluationQuestion q : catalogue.evaluationQuestions(kind)) {
        texts.add(new Text(catalogue.id() + " " + kind + " evaluation " + q.id(), q.text()));
      }
    }
    return texts.stream();
  }

  @Test
  void every_resident_facing_catalogue_text_passes_the_b1_gate() {
    List<String> failures = new ArrayList<>();
    FileCatalogueRepository.fromClasspath(FileCatalogueRepository.DEFAULT_INDEX).all().stream()
        .flatMap(PlainLanguageGateTest::residentTexts)
        .forEach(
            t ->
                B1Gate.check(t.text())
                    .ifPresent(why -> failures.add(t.where() + ": " + why + "\n    " + t.text())));

    assertTrue(
        failures.isEmpty(), failures.size() + " texts above B1:\n" + String.join("\n", failures));
  }

  @Test
  void every_self_assessment_statement_and_answer_label_passes_the_b1_gate() {
    SelfAssessment selfAssessment =
        FileSelfAssessmentRepository.fromClasspath(FileSelfAssessmentRepository.DEFAULT_FILE)
            .current();
    List<Text> texts = new ArrayList<>();
    selfAssessment
        .statements()
        .forEach(s -> texts.add(new Text(selfAssessment.instrument() + " " + s.id(), s.text())));
    selfAssessment
        .answerLabels()
        .forEach(
            label -> texts.add(new Text(selfAssessment.instrument() + " answer label", label)));
    List<String> failures = new ArrayList<>();
    texts.forEach(
        t ->
            B1Gate.check(t.text())
                .ifPresent(why -> failures.add(t.where() + ": " + why + "\n    " + t.text())));

    assertTrue(
        failures.isEmpty(), failures.size() + " texts above B1:\n" + String.join("\n", failures));
  }

  @Test
  void the_instructions_read_fairly_easily_on_average() {
    // Figures for the note and docs/plain-language.md; the gate above is what must hold.
    FileCatalogueRepository.fromClasspath(FileCatalogueRepository.DEFAULT_INDEX)
        .all()
        .forEach(
            c -> {
              String all =
                  String.join(
                      " ", c.assignments().stream().map(AssignmentTemplate::instruction).toList());
              Readability r = Readability.of(all);
              System.out.printf(
                  "%s: %d instructions, Flesch-Douma %.0f, %.1f words per sentence, %.0f%% long"
                      + " words%n",
                  c.id(),
                  c.assignments().size(),
                  r.fleschDouma(),
                  r.averageSentenceLength(),
                  100 * r.longWordShare());
              assertTrue(r.fleschDouma() >= 60, c.id() + " instructions " + r.fleschDouma());
            });
  }
}
