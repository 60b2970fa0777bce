package nl.redzaam.adapters.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.port.FinalReport;
import nl.redzaam.domain.courtadvice.CourtRecommendation;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.ScreeningComparison;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Tempo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The final report as a real PDF, read back with PDFBox: its text, its tags, its fonts. */
class PdfFinalReportRendererTest {

  private final PdfFinalReportRenderer renderer = new PdfFinalReportRenderer();

  @Test
  void every_section_carries_the_trajectorys_own_words() throws IOException {
    byte[] pdf = renderer.render(report(true, "Lisa <betaalt> & spaart zelf."));
    // Kept for a person to look at.
    Files.write(Path.of("target", "final-report-sample.pdf"), pdf);
    String text = text(pdf);

    for (String expected :
        List.of(
            "Gemeente Aland",
            "Eindrapportage",
            "Definitief",
            "Lisa Bakker",
            "beschermingsbewind",
            "Inwoner en traject",
            "Coach",
            "Chris Coach",
            "Pauze van 1 maart 2026 tot 15 maart 2026",
            "Vanaf 16 maart 2026: langzamer",
            "Groeiplan",
            "Zelf de post openen",
            "Elke maandag de bank bekijken",
            "Post gaat goed",
            "Opdrachten per thema",
            "Inkomsten",
            "1 goedgekeurd, 1 overgeslagen, 1 nog open",
            "Mijn inkomsten op een rij",
            "Goed uitgezocht",
            "Overgeslagen",
            "Screening aan het begin en aan het eind",
            "Mesis",
            "overzicht",
            "+2",
            "Evaluaties",
            "Startgesprek",
            "Tussentijdse evaluatie",
            "Eindevaluatie",
            "Hoe gaat het met je geld?",
            "Lisa Bakker (inwoner): Veel beter.",
            "Sam Specialist (specialist): Ze regelt het zelf.",
            "Gezamenlijke conclusie: Lisa kan zelfstandig verder.",
            "11A – Zelfstandig verder",
            "Advies aan de kantonrechter",
            "Bewind beëindigen",
            "Lisa <betaalt> & spaart zelf.",
            "Definitief sinds 2 juli 2026",
            "Pagina 1 van")) {
      assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
  }

  @Test
  void a_report_before_the_outcome_says_it_is_a_draft() throws IOException {
    String text = text(renderer.render(report(false, "Nog even afwachten.")));

    assertTrue(text.contains("Concept"), text);
    assertFalse(text.contains("Definitief"), text);
    assertTrue(text.contains("Concept: dit advies kan nog veranderen."), text);
  }

  @Test
  void the_pdf_is_tagged_in_dutch_with_every_font_embedded() throws IOException {
    byte[] pdf = renderer.render(report(true, "Klaar."));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertEquals("nl", catalog.getLanguage());
      assertNotNull(catalog.getStructureTreeRoot(), "a tagged PDF has a structure tree");
      assertTrue(catalog.getMarkInfo().isMarked(), "a tagged PDF is marked");
      String metadata = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(metadata.contains("pdfuaid:part"), "the metadata claims PDF/UA: " + metadata);
      assertTrue(document.getDocumentInformation().getTitle().startsWith("Eindrapportage"));
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
      }
      assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines wrap where the page ends them: compare words, not lines.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** A protective-administration report with something in every section. */
  static FinalReport report(boolean isFinal, String reasons) {
    LocalDate start = LocalDate.of(2026, 1, 5);
    return new FinalReport(
        "Gemeente Aland",
        "#007b5f",
        LocalDate.of(2026, 7, 3),
        isFinal,
        "Lisa Bakker",
        TrajectoryType.PROTECTIVE_ADMINISTRATION,
        isFinal ? Stage.AFTERCARE : Stage.FINAL_EVALUATION,
        new FinalReport.Dates(
            start.minusDays(20), start.minusDays(19), start.minusDays(18), start, null, null),
        List.of("Chris Coach"),
        List.of("Sam Specialist"),
        List.of(new FinalReport.Pause(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15))),
        List.of(new FinalReport.TempoChange(LocalDate.of(2026, 3, 16), Tempo.SLOWER)),
        new FinalReport.GrowthPlan(
            List.of(new FinalReport.Goal("Zelf de post openen", Theme.SELF_RELIANCE, start, null)),
            List.of(new FinalReport.Agreement("Elke maandag de bank bekijken", start)),
            List.of(
                new FinalReport.Progress(
                    "Zelf de post openen", "Post gaat goed", start.plusDays(30), "Chris Coach"))),
        List.of(
            new FinalReport.ThemeWork(
                Theme.INCOME,
                List.of(
                    new FinalReport.Assignment(
                        "BB-01-1",
                        1,
                        "Mijn inkomsten op een rij",
                        ProgressState.APPROVED,
                        "Goed uitgezocht"),
                    new FinalReport.Assignment(
                        "BB-01-2", 1, "Toeslagen", ProgressState.SKIPPED, null),
                    new FinalReport.Assignment(
                        "BB-02-1", 2, "Uitkering", ProgressState.OPEN, null)))),
        Optional.of(
            new FinalReport.Screenings(
                "Mesis",
                start,
                start.plusDays(170),
                new ScreeningComparison(
                    "Mesis",
                    List.of(
                        new ScreeningComparison.DomainChange(
                            "overzicht", BigDecimal.ONE, BigDecimal.valueOf(3)))))),
        List.of(
            evaluation(EvaluationKind.START, "Samen beginnen."),
            evaluation(EvaluationKind.MID, "Halverwege gaat het goed."),
            evaluation(EvaluationKind.FINAL, "Lisa kan zelfstandig verder.")),
        isFinal ? Optional.of(Outcome.INDEPENDENT) : Optional.empty(),
        Optional.empty(),
        List.of(new FinalReport.CheckIn(LocalDate.of(2026, 8, 1), null, null, null)),
        Optional.of(
            new FinalReport.CourtAdvice(
                CourtRecommendation.END,
                reasons,
                "Sam Specialist",
                LocalDate.of(2026, 7, 1),
                isFinal ? LocalDate.of(2026, 7, 2) : null)));
  }

  private static FinalReport.Evaluation evaluation(EvaluationKind kind, String conclusion) {
    return new FinalReport.Evaluation(
        kind,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 1, 2),
        List.of(
            new FinalReport.Question(
                "Hoe gaat het met je geld?",
                List.of(
                    new FinalReport.ParticipantAnswer("Lisa Bakker", "inwoner", "Veel beter."),
                    new FinalReport.ParticipantAnswer(
                        "Sam Specialist", "specialist", "Ze regelt het zelf.")))),
        conclusion);
  }
}
