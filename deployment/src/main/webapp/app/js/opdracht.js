// One assignment: the instruction with the catalogue's steps and why it matters, the coach's
// feedback when it was sent back, and the questions in a form that keeps a draft while the resident
// types (PUT .../draft, a second after the last change) and hands the answers in
// (PUT .../answers). Handed-in work is shown, not edited.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage, textbox } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { answerText, handedIn, stateText } from "./woorden.js";

const DRAFT_DELAY_MS = 1000;
const AMOUNT = /^\d{1,10}([.,]\d{1,2})?$/;

export async function assignmentPage(code, weekNumber, flash) {
  const { trajectoryId } = currentSession();
  const base = `/trajectories/${trajectoryId}/assignments`;
  let assignment;
  let draft = null;
  let notes = [];
  let back = backLink();
  try {
    const week = await api("GET", weekNumber ? `${base}?week=${weekNumber}` : base);
    assignment = week.assignments.find((a) => a.code === code);
    // Opened from an earlier week: back to that week rather than to this one.
    if (week.week >= 1 && week.week < week.currentWeek) back = backLink(week.week);
    if (assignment && !handedIn(assignment.state)) {
      draft = await api("GET", `${base}/${encodeURIComponent(code)}/draft`).catch((e) => {
        if (e instanceof SessionEnded) throw e;
        return null;
      });
    }
    if (assignment) {
      const page = await api("GET", `/trajectories/${trajectoryId}/notes?assignmentCode=${encodeURIComponent(code)}&pageSize=50`);
      notes = page.items;
    }
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("foutAlgemeen"), backLink(), errorBox(t("foutAlgemeen")));
    return;
  }
  if (!assignment) {
    showPage(t("opdrachtNietGevonden"), back, errorBox(t("opdrachtNietGevonden")));
    return;
  }
  const path = `${base}/${encodeURIComponent(code)}`;
  const content = [
    back,
    h("h1", { class: "utrecht-heading-1" }, assignment.title),
    h("p", { class: "utrecht-paragraph app-status", id: "opdracht-status" }, h("span", { class: "app-visually-hidden" }, t("statusLabel"), " "), stateText(assignment.state)),
    flash ? notice("ok", flash) : null,
    h("h2", { class: "utrecht-heading-2" }, t("watGaJeDoen")),
    paragraph(assignment.instruction, { class: "utrecht-paragraph app-instructie" }),
    steps(assignment.steps || []),
    assignment.whyItMatters
      ? h(
          "section",
          { class: "app-waarom", "aria-labelledby": "waarom-kop" },
          h("h2", { class: "utrecht-heading-2", id: "waarom-kop" }, t("waaromBelangrijk")),
          paragraph(assignment.whyItMatters),
        )
      : null,
  ];
  if (assignment.feedback && assignment.state !== "OPEN") {
    content.push(
      h(
        "section",
        { class: "app-feedback", "aria-labelledby": "feedback-kop" },
        h(
          "h2",
          { class: "utrecht-heading-2", id: "feedback-kop" },
          // Handed in again: the feedback is about the earlier answers.
          t(assignment.state === "SUBMITTED" ? "feedbackEerder" : "feedbackTitel"),
        ),
        h("blockquote", { class: "utrecht-blockquote" }, paragraph(assignment.feedback)),
      ),
    );
  }
  if (handedIn(assignment.state)) {
    content.push(answersRead(assignment));
  } else {
    content.push(answerForm(assignment, path, draft?.answers || {}));
  }
  content.push(helpSection(trajectoryId, assignment.code, notes));
  showPage(assignment.title, content);
}

/** Asking the coach for help on this assignment (a note), with the coach's replies. */
function helpSection(trajectoryId, code, notes) {
  const list = h("div", { class: "app-notities" });
  const render = (items) =>
    list.replaceChildren(
      ...items
        .slice()
        .reverse()
        .map((note) =>
          h(
            "div",
            { class: "app-notitie", "data-notitie": note.id },
            h("h3", { class: "utrecht-heading-3" }, t("jouwVraag")),
            paragraph(note.text),
            note.replies.length === 0
              ? paragraph(t("nogGeenAntwoord"), { class: "utrecht-paragraph app-nog-niet" })
              : note.replies.flatMap((reply) => [
                  h("h3", { class: "utrecht-heading-3" }, t("antwoordCoach")),
                  h("blockquote", { class: "utrecht-blockquote" }, paragraph(reply.text)),
                ]),
          ),
        ),
    );
  render(notes);
  const id = newId("vraag");
  const text = h("textarea", { id, name: "vraag", rows: 3, class: "utrecht-textarea utrecht-textarea--html-textarea" });
  const feedback = h("div", {});
  const send = button(t("vraagVersturen"), { type: "submit" }, false);
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true },
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text" },
      h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, t("vraagVeld"))),
      h("p", { class: "utrecht-form-field__input" }, text),
    ),
    feedback,
    send,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    text.removeAttribute("aria-invalid");
    if (text.value.trim() === "") {
      text.setAttribute("aria-invalid", "true");
      feedback.append(errorBox(t("vulVraagIn")));
      text.focus();
      return;
    }
    send.disabled = true;
    try {
      await api("POST", `/trajectories/${trajectoryId}/notes`, { assignmentCode: code, text: text.value });
      const page = await api("GET", `/trajectories/${trajectoryId}/notes?assignmentCode=${encodeURIComponent(code)}&pageSize=50`);
      render(page.items);
      text.value = "";
      feedback.append(notice("ok", t("vraagVerstuurd")));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      feedback.append(errorBox(error instanceof ApiError && error.slug === "text-too-long" ? t("tekstTeLang") : t("foutAlgemeen")));
    } finally {
      send.disabled = false;
    }
  });
  return h(
    "section",
    { class: "app-hulp app-stapel", "aria-labelledby": "hulp-kop" },
    h("h2", { class: "utrecht-heading-2", id: "hulp-kop" }, t("hulpTitel")),
    paragraph(t("hulpUitleg")),
    list,
    form,
  );
}

/** The catalogue's steps as a numbered list (a coach's own assignment has none). */
function steps(list) {
  if (list.length === 0) return null;
  return h(
    "div",
    { class: "app-stappen" },
    h("h3", { class: "utrecht-heading-3", id: "stappen-kop" }, t("zoDoeJeHet")),
    h(
      "ol",
      { class: "utrecht-ordered-list", id: "stappen", "aria-labelledby": "stappen-kop" },
      list.map((step) => h("li", { class: "utrecht-ordered-list__item" }, step)),
    ),
  );
}

/** Back to home, or to the earlier week the assignment belongs to. */
function backLink(earlierWeek) {
  const [href, text] = earlierWeek ? [`#/week/${earlierWeek}`, t("terugNaarWeekNummer", { week: earlierWeek })] : ["#/start", t("terugNaarWeek")];
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href }, text));
}

function answersRead(assignment) {
  return h(
    "section",
    { "aria-labelledby": "antwoorden-kop" },
    h("h2", { class: "utrecht-heading-2", id: "antwoorden-kop" }, t("jouwAntwoorden")),
    h(
      "dl",
      { class: "app-antwoorden" },
      assignment.questions.flatMap((q) => [h("dt", {}, q.text), h("dd", {}, answerText(q, assignment.answers[q.id]))]),
    ),
  );
}

function answerForm(assignment, path, draftAnswers) {
  const start = Object.keys(draftAnswers).length > 0 ? draftAnswers : assignment.answers || {};
  const fields = assignment.questions.map((q) => questionField(q, start[q.id] ?? ""));
  const summary = h("div", {});
  const saved = h("p", { class: "utrecht-paragraph app-bewaard", role: "status", id: "concept-status" });
  const submit = button(t(assignment.state === "NEEDS_REWORK" ? "opnieuwInleveren" : "inleveren"), { type: "submit" });
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true, "aria-labelledby": "vragen-kop" },
    h("h2", { class: "utrecht-heading-2", id: "vragen-kop" }, t("vragenTitel")),
    summary,
    fields.map((f) => f.element),
    saved,
    submit,
  );

  const values = () => Object.fromEntries(fields.map((f) => [f.question.id, f.value()]));
  let timer = null;
  let lastSaved = JSON.stringify(nonBlank(values()));
  async function saveDraft() {
    timer = null;
    const answers = nonBlank(values());
    const json = JSON.stringify(answers);
    if (json === lastSaved) return;
    // Half-typed amounts are not saved yet: a draft must still fit its question.
    const fitting = Object.fromEntries(
      Object.entries(answers).filter(([id, value]) => {
        const q = assignment.questions.find((question) => question.id === id);
        return q.answerType !== "AMOUNT" || AMOUNT.test(value.trim());
      }),
    );
    saved.textContent = t("opslaanBezig");
    try {
      await api("PUT", `${path}/draft`, { answers: fitting });
      lastSaved = json;
      const time = new Date().toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
      saved.textContent = t("opgeslagen", { tijd: time });
    } catch (error) {
      if (!(error instanceof SessionEnded)) saved.textContent = t("nietOpgeslagen");
    }
  }
  form.addEventListener("input", () => {
    // A field shown as wrong is checked again as soon as it changes; a fixed form loses its summary.
    const wrong = fields.filter((f) => f.shownWrong());
    if (wrong.length > 0 && wrong.map((f) => f.check()).every((p) => p === null)) {
      if (!fields.some((f) => f.shownWrong())) summary.replaceChildren();
    }
    clearTimeout(timer);
    timer = setTimeout(saveDraft, DRAFT_DELAY_MS);
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    summary.replaceChildren();
    const problems = fields.map((f) => f.check()).filter(Boolean);
    if (problems.length > 0) {
      showProblems(summary, problems);
      return;
    }
    submit.disabled = true;
    try {
      await api("PUT", `${path}/answers`, { answers: nonBlank(values()) });
      await assignmentPage(assignment.code, assignment.week, t("ingeleverd"));
      announce(t("ingeleverd"));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const message =
        error instanceof ApiError && error.status === 409 ? t("nietMeerTeDoen") : t("foutAlgemeen");
      const box = errorBox(message);
      box.setAttribute("tabindex", "-1");
      summary.replaceChildren(box);
      box.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function nonBlank(answers) {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim() !== ""));
}

function showProblems(summary, problems) {
  const box = h(
    "div",
    { class: "utrecht-alert utrecht-alert--error", role: "alert", tabindex: "-1" },
    paragraph(t("foutenTitel")),
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      problems.map((p) =>
        h(
          "li",
          { class: "utrecht-unordered-list__item" },
          h(
            "a",
            {
              class: "utrecht-link utrecht-link--html-a",
              href: `#${p.focusId}`,
              onclick: (event) => {
                event.preventDefault();
                document.getElementById(p.focusId).focus();
              },
            },
            /[?.!]$/.test(p.question) ? `${p.question} ${p.message}` : `${p.question}: ${p.message}`,
          ),
        ),
      ),
    ),
  );
  summary.replaceChildren(box);
  box.focus();
}

/** One question as a form field: {question, element, value(), check()}. */
function questionField(q, initial) {
  const errorId = newId("fout");
  const error = h("p", { class: "utrecht-form-field-error-message app-fout", id: errorId, hidden: true });
  const label = [q.text, q.required ? null : h("span", { class: "app-optioneel" }, " ", t("magLeeg"))];
  let element;
  let value;
  let focusTarget;
  let inputs = [];
  if (q.answerType === "YES_NO" || q.answerType === "CHOICE") {
    const options =
      q.answerType === "YES_NO"
        ? [
            ["yes", t("ja")],
            ["no", t("nee")],
          ]
        : q.options.map((o) => [o, o]);
    const name = newId(`vraag-${q.id}`);
    inputs = options.map(([optionValue, optionLabel]) => {
      const id = newId("keuze");
      const input = h("input", {
        type: "radio",
        id,
        name,
        value: optionValue,
        class: "utrecht-radio-button utrecht-radio-button--html-input",
        checked: initial === optionValue,
      });
      return { input, optionLabel, id };
    });
    focusTarget = inputs[0].input;
    element = h(
      "fieldset",
      {
        class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-vraag",
        "data-vraag": q.id,
        "data-soort": q.answerType,
        "aria-describedby": errorId,
      },
      h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, label),
      error,
      inputs.map(({ input, optionLabel, id }) =>
        h(
          "div",
          { class: "utrecht-form-field utrecht-form-field--radio app-keuze" },
          input,
          h("label", { class: "utrecht-form-label utrecht-form-label--radio", for: id }, optionLabel),
        ),
      ),
    );
    value = () => inputs.find((i) => i.input.checked)?.input.value ?? "";
  } else {
    const id = newId(`vraag-${q.id}`);
    let input;
    let hint = null;
    if (q.answerType === "FREE_TEXT") {
      input = h("textarea", { id, name: q.id, rows: 4, class: "utrecht-textarea utrecht-textarea--html-textarea" });
      input.value = initial;
    } else if (q.answerType === "AMOUNT") {
      hint = t("bedragHint");
      input = textbox({ id, name: q.id, type: "text", inputmode: "decimal", autocomplete: "off" });
      input.value = initial.replace(".", ",");
    } else {
      hint = t("datumHint");
      input = textbox({ id, name: q.id, type: "date" });
      input.value = initial;
    }
    const hintId = hint ? newId("hint") : null;
    input.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
    inputs = [{ input }];
    focusTarget = input;
    element = h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text app-vraag", "data-vraag": q.id, "data-soort": q.answerType },
      h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, label)),
      hint ? h("p", { class: "utrecht-form-field__description", id: hintId }, hint) : null,
      error,
      h("p", { class: "utrecht-form-field__input" }, input),
    );
    value = () => input.value;
  }
  if (!focusTarget.id) focusTarget.id = newId("veld");

  function check() {
    const v = value().trim();
    let message = null;
    if (v === "" && q.required) message = q.answerType === "YES_NO" || q.answerType === "CHOICE" ? t("kiesAntwoord") : q.answerType === "DATE" ? t("datumFout") : t("vulIn");
    else if (v !== "" && q.answerType === "AMOUNT" && !AMOUNT.test(v)) message = t("bedragFout");
    else if (v.length > 4000) message = t("tekstTeLang");
    error.hidden = message === null;
    error.textContent = message || "";
    for (const { input } of inputs) {
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    return message ? { question: q.text, message, focusId: focusTarget.id } : null;
  }
  return { question: q, element, value, check, shownWrong: () => !error.hidden };
}
