package nl.redzaam.adapters.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.redzaam.application.port.FinalReport;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Outcome;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.trajectory.EarlyStopReason;
import nl.redzaam.domain.trajectory.ProgressState;
import nl.redzaam.domain.trajectory.ScreeningComparison.DomainChange;
import nl.redzaam.domain.trajectory.Stage;
import nl.redzaam.domain.trajectory.Tempo;

/**
 * The final report as XHTML for the PDF renderer, in Dutch: a cover block in the municipality's
 * house colour, then the sections in the order of the trajectory. Everything a person typed is
 * escaped; the screening chart is drawn with bars and repeated as a table, so a screen reader reads
 * the figures.
 */
final class FinalReportHtml {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final String FALLBACK_COLOUR = "#154273";

  private final StringBuilder html = new StringBuilder(32 * 1024);
  private final FinalReport report;

  private FinalReportHtml(FinalReport report) {
    this.report = report;
  }

  static String of(FinalReport report) {
    return new FinalReportHtml(report).write();
  }

  private String write() {
    String colour =
        report.houseColour() != null && COLOUR.matcher(report.houseColour()).matches()
            ? report.houseColour()
            : FALLBACK_COLOUR;
    String status = report.isFinal() ? "Definitief" : "Concept";
    html.append("<!DOCTYPE html>\n<html lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\"/>")
        .append("<title>")
        .append(esc("Eindrapportage " + report.residentName() + " (" + status + ")"))
        .append("</title>")
        .append("<meta name=\"subject\" content=\"Eindrapportage van een Redzaam-traject\"/>")
        .append("<meta name=\"author\" content=\"")
        .append(esc(report.municipalityName()))
        .append("\"/><style>")
        .append(css(colour, status))
        .append("</style></head><body>");
    cover(status);
    trajectory();
    growthPlan();
    assignments();
    screenings();
    evaluations();
    outcome();
    if (report.type() == TrajectoryType.PROTECTIVE_ADMINISTRATION) {
      courtAdvice();
    }
    html.append("</body></html>");
    return html.toString();
  }

  private static String css(String colour, String status) {
    String font = "font-family: '" + PdfFinalReportRenderer.FONT_FAMILY + "';";
    return "@page { size: A4; margin: 22mm 18mm 20mm 18mm; "
        + font
        + " @top-right { content: 'Eindrapportage – "
        + status
        + "'; font-size: 8pt; color: #555555; "
        + font
        + " }"
        + " @bottom-right { content: 'Pagina ' counter(page) ' van ' counter(pages);"
        + " font-size: 8pt; color: #555555; "
        + font
        + " } }"
        + " html, body { "
        + font
        + " font-size: 10pt; line-height: 1.4; color: #1a1a1a; }"
        + " header { border-left: 6mm solid "
        + colour
        + "; padding-left: 5mm; margin-bottom: 8mm; }"
        + " h1 { font-size: 20pt; margin: 0 0 2mm 0; color: "
        + colour
        + "; }"
        + " h2 { font-size: 14pt; margin: 7mm 0 2mm 0; color: "
        + colour
        + "; border-bottom: 0.5pt solid "
        + colour
        + "; page-break-after: avoid; }"
        + " h3 { font-size: 11pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }"
        + " p { margin: 1mm 0 2mm 0; }"
        + " .status { font-weight: bold; }"
        + " table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm 0; }"
        + " th, td { text-align: left; vertical-align: top; padding: 1mm 2mm;"
        + " border-bottom: 0.5pt solid #bbbbbb; }"
        + " th { font-weight: bold; }"
        + " tr { page-break-inside: avoid; }"
        + " .bar { height: 3mm; margin: 0.5mm 0; }"
        + " .start { background-color: #9e9e9e; }"
        + " .end { background-color: "
        + colour
        + "; }"
        + " .answer { margin: 0 0 1mm 4mm; }"
        + " .quiet { color: #555555; }";
  }

  private void cover(String status) {
    html.append("<header><p>")
        .append(esc(report.municipalityName()))
        .append("</p><h1>Eindrapportage</h1><p>")
        .append(esc(report.residentName()))
        .append(" – traject ")
        .append(esc(report.type().dutchName()))
        .append("</p><p class=\"status\">")
        .append(status)
        .append(
            report.isFinal()
                ? ": de uitkomst staat vast."
                : ": het traject of het advies is nog niet afgerond; deze versie kan nog veranderen.")
        .append("</p><p class=\"quiet\">Gemaakt op ")
        .append(day(report.producedOn()))
        .append("</p></header>");
  }

  private void trajectory() {
    FinalReport.Dates d = report.dates();
    html.append("<h2>Inwoner en traject</h2><table><tbody>");
    row("Inwoner", report.residentName());
    row("Soort traject", report.type().dutchName());
    row("Waar het traject nu staat", stage(report.stage()));
    row("Coach", String.join(", ", report.coaches()));
    if (!report.specialists().isEmpty()) {
      row("Specialist", String.join(", ", report.specialists()));
    }
    row("Aangemeld op", day(d.selectedOn()));
    row("Uitgenodigd op", day(d.invitedOn()));
    row("Account geactiveerd op", day(d.activatedOn()));
    row("Begeleiding begonnen op", day(d.coachingStartedOn()));
    row("Begeleiding geëindigd op", day(d.coachingEndedOn()));
    row("Traject afgesloten op", day(d.closedOn()));
    html.append("</tbody></table>");
    html.append("<h3>Tempo en pauzes</h3>");
    if (report.tempoChanges().isEmpty() && report.pauses().isEmpty()) {
      html.append("<p>Het traject liep steeds in het gewone tempo, zonder pauze.</p>");
      return;
    }
    html.append("<ul>");
    for (FinalReport.TempoChange change : report.tempoChanges()) {
      html.append("<li>Vanaf ")
          .append(day(change.from()))
          .append(": ")
          .append(tempo(change.tempo()))
          .append("</li>");
    }
    for (FinalReport.Pause pause : report.pauses()) {
      html.append("<li>Pauze van ")
          .append(day(pause.from()))
          .append(pause.until() == null ? " (loopt nog)" : " tot " + day(pause.until()))
          .append("</li>");
    }
    html.append("</ul>");
  }

  private void growthPlan() {
    FinalReport.GrowthPlan plan = report.growthPlan();
    html.append("<h2>Groeiplan</h2><h3>Doelen</h3>");
    if (plan.goals().isEmpty()) {
      html.append("<p>Er zijn geen doelen vastgelegd.</p>");
    } else {
      html.append(
          "<table><thead><tr><th scope=\"col\">Doel</th><th scope=\"col\">Thema</th>"
              + "<th scope=\"col\">Gesteld op</th><th scope=\"col\">Bereikt</th></tr></thead><tbody>");
      for (FinalReport.Goal goal : plan.goals()) {
        cells(
            goal.description(),
            goal.theme() == null ? "–" : goal.theme().dutchName(),
            day(goal.setOn()),
            goal.achievedOn() == null ? "Nog niet" : "Ja, op " + day(goal.achievedOn()));
      }
      html.append("</tbody></table>");
    }
    html.append("<h3>Afspraken</h3>");
    if (plan.agreements().isEmpty()) {
      html.append("<p>Er zijn geen afspraken vastgelegd.</p>");
    } else {
      html.append("<ul>");
      for (FinalReport.Agreement agreement : plan.agreements()) {
        html.append("<li>")
            .append(esc(agreement.description()))
            .append(" <span class=\"quiet\">(")
            .append(day(agreement.madeOn()))
            .append(")</span></li>");
      }
      html.append("</ul>");
    }
    html.append("<h3>Voortgang</h3>");
    if (plan.progress().isEmpty()) {
      html.append("<p>Er is geen voortgang vastgelegd.</p>");
      return;
    }
    for (FinalReport.Progress progress : plan.progress()) {
      html.append("<p><span class=\"quiet\">")
          .append(day(progress.writtenOn()))
          .append(", ")
          .append(esc(progress.author()))
          .append(progress.goal() == null ? "" : ", bij het doel ‘" + esc(progress.goal()) + "’")
          .append(":</span> ")
          .append(esc(progress.text()))
          .append("</p>");
    }
  }

  private void assignments() {
    html.append("<h2>Opdrachten per thema</h2>");
    for (FinalReport.ThemeWork theme : report.themes()) {
      html.append("<h3>")
          .append(esc(theme.theme().dutchName()))
          .append("</h3><p>")
          .append(theme.count(ProgressState.APPROVED))
          .append(" goedgekeurd, ")
          .append(theme.count(ProgressState.SKIPPED))
          .append(" overgeslagen, ")
          .append(
              theme.assignments().size()
                  - theme.count(ProgressState.APPROVED)
                  - theme.count(ProgressState.SKIPPED))
          .append(" nog open of in behandeling.</p>")
          .append(
              "<table><thead><tr><th scope=\"col\">Week</th><th scope=\"col\">Opdracht</th>"
                  + "<th scope=\"col\">Stand</th><th scope=\"col\">Feedback van de coach</th>"
                  + "</tr></thead><tbody>");
      for (FinalReport.Assignment a : theme.assignments()) {
        cells(
            String.valueOf(a.week()),
            a.title(),
            state(a.state()),
            a.feedback() == null ? "–" : a.feedback());
      }
      html.append("</tbody></table>");
    }
  }

  private void screenings() {
    html.append("<h2>Screening aan het begin en aan het eind</h2>");
    if (report.screenings().isEmpty()) {
      html.append("<p>Er zijn nog geen twee screenings (begin en eind) om te vergelijken.</p>");
      return;
    }
    FinalReport.Screenings s = report.screenings().get();
    html.append("<p>Instrument: ")
        .append(esc(s.instrument()))
        .append(". Begin: ")
        .append(day(s.startOn()))
        .append("; eind: ")
        .append(day(s.endOn()))
        .append(".</p>");
    List<DomainChange> changes = s.comparison().changes();
    BigDecimal max = BigDecimal.ONE;
    for (DomainChange c : changes) {
      max = max.max(c.start()).max(c.end());
    }
    // The chart: a grey bar for the start, a coloured one for the end, per domain.
    html.append("<div aria-hidden=\"true\">");
    for (DomainChange c : changes) {
      html.append("<p>")
          .append(esc(c.domain()))
          .append("</p>")
          .append("<div class=\"bar start\" style=\"width: ")
          .append(percent(c.start(), max))
          .append("%;\"></div><div class=\"bar end\" style=\"width: ")
          .append(percent(c.end(), max))
          .append("%;\"></div>");
    }
    html.append("</div><p class=\"quiet\">Grijs: begin. Gekleurd: eind.</p>");
    html.append(
        "<table><thead><tr><th scope=\"col\">Onderdeel</th><th scope=\"col\">Begin</th>"
            + "<th scope=\"col\">Eind</th><th scope=\"col\">Groei</th></tr></thead><tbody>");
    for (DomainChange c : changes) {
      BigDecimal change = c.change();
      cells(
          c.domain(),
          c.start().toPlainString(),
          c.end().toPlainString(),
          (change.signum() > 0 ? "+" : "") + change.toPlainString());
    }
    html.append("</tbody></table>");
  }

  private void evaluations() {
    html.append("<h2>Evaluaties</h2>");
    if (report.evaluations().isEmpty()) {
      html.append("<p>Er is nog geen evaluatie gehouden.</p>");
      return;
    }
    for (FinalReport.Evaluation e : report.evaluations()) {
      html.append("<h3>")
          .append(evaluation(e.kind()))
          .append("</h3><p class=\"quiet\">Geopend op ")
          .append(day(e.openedOn()))
          .append(
              e.concludedOn() == null
                  ? "; nog niet afgerond"
                  : "; afgerond op " + day(e.concludedOn()))
          .append(".</p>");
      for (FinalReport.Question q : e.questions()) {
        html.append("<p><strong>").append(esc(q.text())).append("</strong></p>");
        if (q.answers().isEmpty()) {
          html.append("<p class=\"answer quiet\">Nog geen antwoord.</p>");
        }
        for (FinalReport.ParticipantAnswer a : q.answers()) {
          html.append("<p class=\"answer\"><span class=\"quiet\">")
              .append(esc(a.name()))
              .append(" (")
              .append(esc(a.role()))
              .append("):</span> ")
              .append(esc(a.text()))
              .append("</p>");
        }
      }
      html.append("<p><strong>Gezamenlijke conclusie:</strong> ")
          .append(e.jointConclusion() == null ? "nog niet geschreven." : esc(e.jointConclusion()))
          .append("</p>");
    }
  }

  private void outcome() {
    html.append("<h2>Uitkomst en volgende stap</h2>");
    if (report.outcome().isPresent()) {
      Outcome outcome = report.outcome().get();
      html.append("<p><strong>")
          .append(outcome.step())
          .append(" – ")
          .append(esc(outcome.dutchName()))
          .append("</strong></p><p>")
          .append(nextStep(outcome))
          .append("</p>");
    } else if (report.earlyStop().isEmpty()) {
      html.append("<p>De uitkomst wordt bij de eindevaluatie samen vastgesteld.</p>");
    }
    report
        .earlyStop()
        .ifPresent(
            stop ->
                html.append("<p><strong>Eerder gestopt</strong> op ")
                    .append(day(stop.stoppedOn()))
                    .append(": ")
                    .append(earlyStop(stop.reason()))
                    .append(". ")
                    .append(esc(stop.explanation()))
                    .append("</p>"));
    if (!report.checkIns().isEmpty()) {
      html.append("<h3>Nazorg</h3><ul>");
      for (FinalReport.CheckIn c : report.checkIns()) {
        html.append("<li>")
            .append(
                c.heldOn() == null
                    ? "Gepland op " + day(c.plannedOn())
                    : "Gehouden op "
                        + day(c.heldOn())
                        + ": "
                        + esc(c.summary())
                        + stillIndependent(c.stillIndependent()))
            .append("</li>");
      }
      html.append("</ul>");
    }
  }

  private static String stillIndependent(Boolean still) {
    if (still == null) {
      return "";
    }
    return still ? " (redt het nog zelf)" : " (heeft weer hulp nodig)";
  }

  private void courtAdvice() {
    html.append("<h2>Advies aan de kantonrechter</h2>");
    if (report.courtAdvice().isEmpty()) {
      html.append("<p>De specialist heeft het advies nog niet geschreven.</p>");
      return;
    }
    FinalReport.CourtAdvice advice = report.courtAdvice().get();
    html.append("<p class=\"status\">")
        .append(
            advice.finalisedOn() == null
                ? "Concept: dit advies kan nog veranderen."
                : "Definitief sinds " + day(advice.finalisedOn()) + ".")
        .append("</p><p><strong>Advies:</strong> ")
        .append(esc(advice.recommendation().dutchName()))
        .append("</p><p><strong>Onderbouwing:</strong></p>");
    for (String paragraph : advice.reasons().split("\\R\\s*\\R")) {
      html.append("<p>").append(esc(paragraph.strip())).append("</p>");
    }
    html.append("<p class=\"quiet\">Geschreven door ")
        .append(esc(advice.writtenBy()))
        .append(", specialist, op ")
        .append(day(advice.writtenOn()))
        .append(".</p>");
  }

  private void row(String label, String value) {
    html.append("<tr><th scope=\"row\">")
        .append(esc(label))
        .append("</th><td>")
        .append(value == null || value.isEmpty() ? "–" : esc(value))
        .append("</td></tr>");
  }

  private void cells(String... values) {
    html.append("<tr>");
    for (String value : values) {
      html.append("<td>").append(esc(value)).append("</td>");
    }
    html.append("</tr>");
  }

  private static String percent(BigDecimal value, BigDecimal max) {
    return value
        .max(BigDecimal.ZERO)
        .multiply(BigDecimal.valueOf(100))
        .divide(max, 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String day(LocalDate day) {
    return day == null ? null : DAY.format(day);
  }

  /** Escapes text for XHTML; null becomes a dash. */
  static String esc(String text) {
    if (text == null) {
      return "–";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // XML 1.0 has no place for other control characters; the API refuses them anyway.
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static String stage(Stage stage) {
    return switch (stage) {
      case SELECTED -> "Aangemeld";
      case INVITED -> "Uitgenodigd";
      case ACTIVATED -> "Account geactiveerd";
      case START_SCREENING -> "Screening aan het begin";
      case START_CONVERSATION -> "Startgesprek";
      case COACHING_PART_ONE -> "Begeleiding, deel 1";
      case MID_EVALUATION -> "Tussentijdse evaluatie";
      case COACHING_PART_TWO -> "Begeleiding, deel 2";
      case END_SCREENING -> "Screening aan het eind";
      case FINAL_EVALUATION -> "Eindevaluatie";
      case AFTERCARE -> "Nazorg";
      case CLOSED -> "Afgesloten";
    };
  }

  private static String tempo(Tempo tempo) {
    return switch (tempo) {
      case SLOWER -> "langzamer (een traject-week duurt twee weken)";
      case NORMAL -> "gewoon tempo";
      case FASTER -> "sneller (anderhalve traject-week per week)";
    };
  }

  private static String state(ProgressState state) {
    return switch (state) {
      case OPEN -> "Nog open";
      case SUBMITTED -> "Ingeleverd, wacht op de coach";
      case APPROVED -> "Goedgekeurd";
      case NEEDS_REWORK -> "Terug naar de inwoner";
      case SKIPPED -> "Overgeslagen";
    };
  }

  private static String evaluation(EvaluationKind kind) {
    return switch (kind) {
      case START -> "Startgesprek";
      case MID -> "Tussentijdse evaluatie";
      case FINAL -> "Eindevaluatie";
    };
  }

  private static String nextStep(Outcome outcome) {
    return switch (outcome) {
      case INDEPENDENT ->
          "De inwoner gaat zelfstandig verder. Er volgen nog een paar nazorgmomenten met de coach.";
      case LIGHTER_SUPPORT ->
          "De inwoner krijgt lichtere ondersteuning, bijvoorbeeld van vrijwilligers.";
      case CONTINUED_SUPPORT -> "De huidige ondersteuning gaat door of wordt opgeschaald.";
    };
  }

  private static String earlyStop(EarlyStopReason reason) {
    return switch (reason) {
      case READY_SOONER -> "de inwoner was eerder klaar dan gepland";
      case NOT_READY -> "de inwoner is nog niet klaar voor meer zelfstandigheid";
      case RESIDENT_WITHDREW -> "de inwoner doet niet meer mee";
      case OTHER -> "een andere reden";
    };
  }
}
