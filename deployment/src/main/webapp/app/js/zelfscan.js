// "Vragenlijst over jezelf": the self-assessment (GET /trajectories/{id}/self-assessment), one
// statement at a time rated 1-5 with the instrument's labels, grouped per theme, handed in as a
// screening (POST .../screenings with selfAssessmentAnswers). Which screening it is follows the
// method's stage: the start screening after activation (once), an interim one during the weekly
// work, the end screening during the final evaluation (once). The resident's earlier results
// (scores per theme) are shown under it.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { longDate } from "./woorden.js";

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
  const content = [backLink(), title];
  if (flash) content.push(notice("ok", flash));
  const kind = screeningKind(trajectory.stage, screenings.items);
  if (flash && own.length > 0) {
    content.push(result(own[0], "zelfscanUitkomst"));
  } else if (kind) {
    content.push(paragraph(t("zelfscanUitleg")), form(base, assessment, kind));
  } else {
    content.push(notice("info", t("zelfscanNietNu")));
  }
  const earlier = flash ? own.slice(1) : own;
  if (earlier.length > 0) {
    content.push(
      h(
        "section",
        { "aria-labelledby": "eerder-kop", class: "app-stapel" },
        h("h2", { class: "utrecht-heading-2", id: "eerder-kop" }, t("zelfscanEerderTitel")),
        earlier.map((s) => result(s, null)),
      ),
    );
  }
  showPage(t("zelfscanTitel"), content);
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

function form(base, assessment, kind) {
  const summary = h("div", {});
  const labels = assessment.answerOptions;
  const themes = [...new Set(assessment.statements.map((s) => s.theme))];
  const fields = [];
  const groups = themes.map((theme) => {
    const headingId = `zelfscan-${theme}`;
    const statements = assessment.statements.filter((s) => s.theme === theme);
    return h(
      "section",
      { class: "app-stapel", "aria-labelledby": headingId },
      h("h2", { class: "utrecht-heading-2", id: headingId }, t(`thema${theme}`)),
      statements.map((statement) => {
        const field = statementField(statement, labels);
        fields.push(field);
        return field.element;
      }),
    );
  });
  const submit = button(t("zelfscanKnop"), { type: "submit" });
  const element = h("form", { class: "app-stapel", id: "zelfscan", novalidate: true }, summary, groups, submit);
  element.addEventListener("change", (event) => {
    const field = fields.find((f) => f.element.contains(event.target));
    if (field?.shownWrong()) field.check();
  });
  element.addEventListener("submit", async (event) => {
    event.preventDefault();
    summary.replaceChildren();
    const wrong = fields.filter((f) => !f.check());
    if (wrong.length > 0) {
      const box = h(
        "div",
        { class: "utrecht-alert utrecht-alert--error", role: "alert", tabindex: "-1" },
        paragraph(t("zelfscanFout")),
        h(
          "ul",
          { class: "utrecht-unordered-list" },
          wrong.map((f) =>
            h(
              "li",
              { class: "utrecht-unordered-list__item" },
              h(
                "a",
                {
                  class: "utrecht-link utrecht-link--html-a",
                  href: `#${f.focusId}`,
                  onclick: (e) => {
                    e.preventDefault();
                    document.getElementById(f.focusId).focus();
                  },
                },
                f.statement.text,
              ),
            ),
          ),
        ),
      );
      summary.replaceChildren(box);
      box.focus();
      return;
    }
    submit.disabled = true;
    try {
      const answers = Object.fromEntries(fields.map((f) => [f.statement.id, Number(f.value())]));
      await api("POST", `${base}/screenings`, { kind, selfAssessmentAnswers: answers });
      await selfAssessmentPage(t("zelfscanIngeleverd"));
      announce(t("zelfscanIngeleverd"));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const taken = error instanceof ApiError && error.status === 409;
      const box = errorBox(t(taken ? "zelfscanNietNu" : "foutAlgemeen"));
      box.setAttribute("tabindex", "-1");
      summary.replaceChildren(box);
      box.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return element;
}

/** One statement as a group of five radio buttons, each with its label ("1 Helemaal niet waar"). */
function statementField(statement, labels) {
  const name = newId(`stelling-${statement.id}`);
  const errorId = newId("fout");
  const error = h("p", { class: "utrecht-form-field-error-message app-fout", id: errorId, hidden: true });
  const inputs = labels.map((option) => {
    const id = newId("keuze");
    return {
      id,
      option,
      input: h("input", {
        type: "radio",
        id,
        name,
        value: option.value,
        class: "utrecht-radio-button utrecht-radio-button--html-input",
      }),
    };
  });
  const element = h(
    "fieldset",
    {
      class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-vraag app-stelling",
      "data-stelling": statement.id,
      "aria-describedby": errorId,
    },
    h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, statement.text),
    error,
    inputs.map(({ id, option, input }) =>
      h(
        "div",
        { class: "utrecht-form-field utrecht-form-field--radio app-keuze" },
        input,
        h("label", { class: "utrecht-form-label utrecht-form-label--radio", for: id }, `${option.value} ${option.label}`),
      ),
    ),
  );
  const value = () => inputs.find((i) => i.input.checked)?.input.value ?? "";
  function check() {
    const ok = value() !== "";
    error.hidden = ok;
    error.textContent = ok ? "" : t("kiesWaar");
    for (const { input } of inputs) {
      if (ok) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
    }
    return ok;
  }
  return { statement, element, value, check, shownWrong: () => !error.hidden, focusId: inputs[0].id };
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
