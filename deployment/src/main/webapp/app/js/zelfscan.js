// "Vragenlijst over jezelf": the self-assessment (GET /trajectories/{id}/self-assessment), one
// statement per screen rated 1-5 with the instrument's labels ("Vraag 3 van 25"), then an overview
// to check and change the answers, handed in as a screening (POST .../screenings with
// selfAssessmentAnswers). Which screening it is follows the method's stage: the start screening
// after activation (once), an interim one during the weekly work, the end screening during the
// final evaluation (once). The resident's earlier results (scores per theme) are shown under it.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { longDate } from "./woorden.js";

/**
 * The half-done questionnaire: {key, step, answers, fromOverview}. In memory only, never in
 * storage (shared phones): it lasts while the app is open, so she can look elsewhere and come
 * back, and is gone after handing in, logging out or closing the tab. step -1 is the start screen,
 * 0 .. n-1 the statements, n the overview.
 */
let progress = null;

/** Forgets the half-done answers (logging out). */
export function forgetSelfAssessment() {
  progress = null;
}

export async function selfAssessmentPage(flash) {
  const { trajectoryId } = currentSession();
  const base = `/trajectories/${trajectoryId}`;
  const title = h("h1", { class: "utrecht-heading-1" }, t("zelfscanTitel"));
  showPage(t("zelfscanTitel"), backLink(), title, paragraph(t("laden")));
  let trajectory;
  let assessment;
  let screenings;
  try {
    [trajectory, assessment, screenings] = await Promise.all([
      api("GET", base),
      api("GET", `${base}/self-assessment`),
      api("GET", `${base}/screenings`),
    ]);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("zelfscanTitel"), backLink(), title, errorBox(t("foutAlgemeen")));
    return;
  }
  const own = screenings.items
    .filter((s) => s.instrument === assessment.instrument)
    .sort((a, b) => String(b.takenOn).localeCompare(String(a.takenOn)));
  const kind = screeningKind(trajectory.stage, screenings.items);
  const earlier = earlierResults(flash ? own.slice(1) : own);
  if (flash && own.length > 0) {
    showPage(t("zelfscanTitel"), backLink(), title, notice("ok", flash), result(own[0], "zelfscanUitkomst"), earlier);
  } else if (kind) {
    const key = `${trajectoryId} ${kind} ${assessment.instrument}`;
    if (progress?.key !== key) progress = { key, step: -1, answers: {}, fromOverview: false };
    questionnaire(base, assessment, kind, earlier).show();
  } else {
    showPage(t("zelfscanTitel"), backLink(), title, notice("info", t("zelfscanNietNu")), earlier);
  }
}

function earlierResults(screenings) {
  if (screenings.length === 0) return null;
  return h(
    "section",
    { "aria-labelledby": "eerder-kop", class: "app-stapel" },
    h("h2", { class: "utrecht-heading-2", id: "eerder-kop" }, t("zelfscanEerderTitel")),
    screenings.map((s) => result(s, null)),
  );
}

/** The screening the resident may hand in now, or null. */
function screeningKind(stage, taken) {
  const has = (kind) => taken.some((s) => s.kind === kind);
  switch (stage) {
    case "ACTIVATED":
    case "START_SCREENING":
    case "START_CONVERSATION":
      return has("START") ? null : "START";
    case "COACHING_PART_ONE":
    case "MID_EVALUATION":
    case "COACHING_PART_TWO":
      return "INTERIM";
    case "END_SCREENING":
    case "FINAL_EVALUATION":
      return has("END") ? null : "END";
    default:
      return null;
  }
}

/**
 * The questionnaire's screens, drawn from progress: a start screen, one screen per statement and an
 * overview. Each screen is a new page (title, focus on its heading), so a screen reader starts there.
 */
function questionnaire(base, assessment, kind, earlier) {
  const statements = assessment.statements;
  const total = statements.length;
  const labels = assessment.answerOptions;
  const optionText = (value) => {
    const option = labels.find((o) => Number(o.value) === Number(value));
    return option ? `${option.value} ${option.label}` : t("nietBeantwoord");
  };
  // Answers to statements the instrument no longer has are dropped.
  progress.answers = Object.fromEntries(
    Object.entries(progress.answers).filter(([id]) => statements.some((s) => s.id === id)),
  );
  const page = (titleText, focusTarget, ...content) => {
    showPage(titleText, backLink(), h("h1", { class: "utrecht-heading-1" }, t("zelfscanTitel")), content);
    focusTarget?.focus();
  };
  const go = (step, error) => {
    progress.step = step;
    show(error);
  };

  function show(error) {
    const step = Math.min(Math.max(progress.step, -1), total);
    if (step === -1) startScreen();
    else if (step === total) overview(error);
    else statementScreen(step, error);
  }

  function startScreen() {
    const start = button(t("zelfscanBeginnen"), { onclick: () => go(0) });
    page(
      t("zelfscanTitel"),
      null,
      h("div", { class: "app-stapel", id: "zelfscan", "data-stap": "start" }, paragraph(t("zelfscanUitleg")), paragraph(t("zelfscanAantal", { aantal: total })), start),
      earlier,
    );
  }

  function statementScreen(index, showError) {
    const statement = statements[index];
    const stepText = t("zelfscanStap", { nummer: index + 1, totaal: total });
    const stepId = newId("stap");
    const headingId = newId("stelling");
    const errorId = newId("fout");
    const heading = h("h2", { class: "utrecht-heading-2 app-stelling__kop", id: headingId, tabindex: "-1" }, statement.text);
    const errorSlot = h("div", {});
    const name = newId(`stelling-${statement.id}`);
    const inputs = labels.map((option) => {
      const id = newId("keuze");
      const input = h("input", {
        type: "radio",
        id,
        name,
        value: String(option.value),
        class: "utrecht-radio-button utrecht-radio-button--html-input",
        checked: Number(progress.answers[statement.id]) === Number(option.value),
      });
      return { id, option, input };
    });
    const fieldset = h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-vraag app-stelling", "data-stelling": statement.id },
      h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, heading),
      paragraph(t("doelOnderwerp", { thema: t(`thema${statement.theme}`) }), { class: "utrecht-paragraph app-datum" }),
      errorSlot,
      inputs.map(({ id, option, input }) =>
        h(
          "div",
          { class: "utrecht-form-field utrecht-form-field--radio app-keuze" },
          input,
          h("label", { class: "utrecht-form-label utrecht-form-label--radio", for: id }, `${option.value} ${option.label}`),
        ),
      ),
    );
    const markWrong = (wrong) => {
      if (wrong) errorSlot.replaceChildren(h("p", { class: "utrecht-form-field-error-message app-fout", id: errorId, role: "alert" }, t("zelfscanKiesEerst")));
      else errorSlot.replaceChildren();
      for (const { input } of inputs) {
        if (wrong) {
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", errorId);
        } else {
          input.removeAttribute("aria-invalid");
          input.removeAttribute("aria-describedby");
        }
      }
    };
    const back = button(
      t("vorige"),
      {
        onclick: () => {
          progress.fromOverview = false;
          go(index - 1);
        },
      },
      false,
    );
    const form = h(
      "form",
      { class: "app-stapel app-zelfscan-stap", novalidate: true, "aria-labelledby": headingId },
      fieldset,
      button(t(progress.fromOverview ? "naarOverzicht" : "volgende"), { type: "submit" }),
      back,
    );
    // A choice is kept at once, so leaving the screen (or the app's page) does not lose it.
    form.addEventListener("change", () => {
      const chosen = inputs.find((i) => i.input.checked);
      if (!chosen) return;
      progress.answers[statement.id] = Number(chosen.input.value);
      markWrong(false);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (progress.answers[statement.id] === undefined) {
        markWrong(true);
        inputs[0].input.focus();
        return;
      }
      const next = progress.fromOverview ? total : index + 1;
      progress.fromOverview = false;
      go(next);
    });
    page(
      `${stepText} - ${t("zelfscanTitel")}`,
      heading,
      h(
        "div",
        { class: "app-stapel", id: "zelfscan", "data-stap": String(index + 1) },
        h(
          "div",
          { class: "app-voortgang" },
          paragraph(stepText, { id: stepId, class: "utrecht-paragraph app-stap" }),
          h("progress", { max: String(total), value: String(index + 1), "aria-labelledby": stepId }),
        ),
        form,
      ),
    );
    if (showError) {
      markWrong(true);
      inputs[0].input.focus();
    }
  }

  function overview(problem) {
    const heading = h("h2", { class: "utrecht-heading-2", id: "nakijken-kop", tabindex: "-1" }, t("zelfscanNakijken"));
    const summary = h("div", {});
    const themes = [...new Set(statements.map((s) => s.theme))];
    const send = button(t("versturen"), { type: "submit" });
    const form = h(
      "form",
      { class: "app-stapel", novalidate: true, "aria-labelledby": "nakijken-kop" },
      summary,
      themes.map((theme) => {
        const themeId = newId("thema");
        return h(
          "section",
          { "aria-labelledby": themeId, class: "app-nakijken" },
          h("h3", { class: "utrecht-heading-3", id: themeId }, t(`thema${theme}`)),
          h(
            "ul",
            { class: "app-nakijken__lijst" },
            statements
              .map((statement, index) => ({ statement, index }))
              .filter(({ statement }) => statement.theme === theme)
              .map(({ statement, index }) =>
                h(
                  "li",
                  { class: "app-nakijken__zin", "data-overzicht": statement.id },
                  paragraph(statement.text, { class: "utrecht-paragraph app-kopje" }),
                  paragraph([h("span", { class: "app-visually-hidden" }, t("jouwAntwoord"), " "), optionText(progress.answers[statement.id])], {
                    class: "utrecht-paragraph app-nakijken__antwoord",
                  }),
                  button(
                    [t("veranderen"), h("span", { class: "app-visually-hidden" }, " ", t("zelfscanStap", { nummer: index + 1, totaal: total }))],
                    {
                      onclick: () => {
                        progress.fromOverview = true;
                        go(index);
                      },
                    },
                    false,
                  ),
                ),
              ),
          ),
        );
      }),
      send,
      button(t("vorige"), { onclick: () => go(total - 1) }, false),
    );
    const fail = (key) => {
      const box = errorBox(t(key));
      box.setAttribute("tabindex", "-1");
      summary.replaceChildren(box);
      box.focus();
    };
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      summary.replaceChildren();
      // Each screen asks for a choice, so this only happens when the instrument changed meanwhile.
      const missing = statements.findIndex((s) => progress.answers[s.id] === undefined);
      if (missing >= 0) {
        go(missing, true);
        return;
      }
      send.disabled = true;
      try {
        const answers = Object.fromEntries(statements.map((s) => [s.id, Number(progress.answers[s.id])]));
        await api("POST", `${base}/screenings`, { kind, selfAssessmentAnswers: answers });
        progress = null;
        await selfAssessmentPage(t("zelfscanIngeleverd"));
        announce(t("zelfscanIngeleverd"));
      } catch (error) {
        if (error instanceof SessionEnded) return;
        fail(error instanceof ApiError && error.status === 409 ? "zelfscanNietNu" : "foutAlgemeen");
      } finally {
        send.disabled = false;
      }
    });
    page(
      `${t("zelfscanNakijken")} - ${t("zelfscanTitel")}`,
      heading,
      h("div", { class: "app-stapel", id: "zelfscan", "data-stap": "overzicht" }, heading, paragraph(t("zelfscanNakijkenUitleg")), form),
    );
    if (problem) fail(problem);
  }

  return { show };
}

/** A screening's scores per theme ("Inkomsten: 3,5 van 5"). */
function result(screening, headingKey) {
  const id = newId("uitkomst");
  const heading = headingKey ? t(headingKey) : t("zelfscanEerder", { datum: longDate(screening.takenOn) });
  return h(
    "section",
    { class: "app-uitkomst", "aria-labelledby": id, "data-screening": screening.id },
    h(headingKey ? "h2" : "h3", { class: headingKey ? "utrecht-heading-2" : "utrecht-heading-3", id }, heading),
    headingKey ? paragraph(t("zelfscanUitkomstUitleg")) : null,
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      screening.scores.map((s) =>
        h(
          "li",
          { class: "utrecht-unordered-list__item" },
          t("zelfscanScore", { onderwerp: s.domain, score: Number(s.score).toLocaleString("nl-NL", { maximumFractionDigits: 1 }) }),
        ),
      ),
    ),
  );
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
