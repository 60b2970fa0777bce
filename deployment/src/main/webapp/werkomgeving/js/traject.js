// A trajectory, everything a coach needs from start conversation to outcome on one page: the next
// conversation (afspraak.js), the evaluation to hold now (evaluaties.js), a timeline and progress
// per theme (voortgang.js), the tempo, this week's assignments with the resident's answers, reviews
// (POST …/reviews) and tailoring (skip, stress, own assignment), the notes with replies, messages
// (berichten.js), the growth plan (groeiplan.js), screenings, aftercare and stopping early
// (afronden.js), the final report and the advice to the court (rapport.js).
import { api, apiVersioned, SessionEnded } from "./api.js";
import { conversationSection } from "./afspraak.js";
import { aftercareSection, earlyStopSection, screeningsSection } from "./afronden.js";
import { messagesSection } from "./berichten.js";
import { announce, errorBox, h, newId, showPage } from "./dom.js";
import { evaluationSections } from "./evaluaties.js";
import { failureBox, field, keptSelect, keptTextarea, problemText, textInput } from "./formulier.js";
import { growthPlanSection } from "./groeiplan.js";
import { finalReportSection } from "./rapport.js";
import { currentSession, forgetTyped, keepTyped } from "./session.js";
import { fillBars, themeProgress, timeline } from "./voortgang.js";
import { ASSIGNMENT_STATE, OUTCOME, STAGE, TEMPO, THEME, TRAJECTORY_TYPE, answerText, dateTimeText } from "./woorden.js";
import { residentName } from "./caseload.js";

export async function trajectoryPage(trajectoryId, notice) {
  const title = residentName(trajectoryId) || "Traject";
  const base = `/trajectories/${trajectoryId}`;
  // Parts the reader may not see (a specialist has no messages) or that do not exist yet are left
  // out; an ended session stops everything.
  const optional = (promise) =>
    promise.catch((error) => {
      if (error instanceof SessionEnded) throw error;
      return null;
    });
  let trajectory, week, notes, evaluations, progress, plan, messages, screenings, earlyStop, checkIns, courtAdvice;
  try {
    [trajectory, week, notes, evaluations, progress, plan, messages, screenings, earlyStop, checkIns, courtAdvice] = await Promise.all([
      api("GET", base),
      api("GET", `${base}/assignments`),
      api("GET", `${base}/notes?pageSize=100`),
      optional(apiVersioned("GET", `${base}/evaluations`)),
      optional(api("GET", `${base}/theme-progress`)),
      optional(apiVersioned("GET", `${base}/growth-plan`)),
      optional(api("GET", `${base}/messages?pageSize=20`)),
      optional(api("GET", `${base}/screenings`)),
      optional(api("GET", `${base}/early-stop`)),
      optional(api("GET", `${base}/check-ins`)),
      optional(apiVersioned("GET", `${base}/court-advice`)),
    ]);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, backLink(), h("h1", { class: "utrecht-heading-1" }, title), errorBox(`Dit traject kon niet worden geladen: ${problemText(error)} Probeer het later opnieuw.`));
    return;
  }
  const titles = Object.fromEntries(week.assignments.map((a) => [a.code, a.title]));
  const reload = (text) => trajectoryPage(trajectoryId, text);
  const me = currentSession().me;
  // A coach of the trajectory or a stand-in (a coach who is not its specialist) leads it; a
  // specialist reads, replies to notes and answers their part of the evaluations.
  const leads =
    trajectory.coachIds.includes(me.id) || ((me.roles || []).includes("COACH") && !trajectory.specialistIds.includes(me.id));
  const ctx = { trajectoryId, trajectory, evaluations, me, leads, reload };
  const [openEvaluation, heldEvaluations] = evaluationSections(ctx);
  const closed = trajectory.stage === "CLOSED";
  const planStarted = !["SELECTED", "INVITED", "ACTIVATED", "START_SCREENING"].includes(trajectory.stage);
  const tailorable = leads && TAILORABLE.includes(trajectory.stage);

  showPage(
    title,
    backLink(),
    h("h1", { class: "utrecht-heading-1" }, title),
    h("p", { class: "utrecht-paragraph utrecht-paragraph--lead", id: "traject-stand" }, summary(trajectory)),
    notice ? h("div", { class: "utrecht-alert utrecht-alert--ok" }, h("p", { class: "utrecht-paragraph" }, notice)) : null,
    conversationSection(ctx),
    openEvaluation,
    timeline(trajectory),
    themeProgress(progress),
    leads ? tempoSection(trajectoryId, trajectory, reload) : null,
    h(
      "section",
      { "aria-labelledby": "opdrachten-kop" },
      h("h2", { class: "utrecht-heading-2", id: "opdrachten-kop" }, week.week > 0 ? `Opdrachten van week ${week.week}` : "Opdrachten"),
      week.assignments.length === 0
        ? h("p", { class: "utrecht-paragraph" }, week.week > 0 ? "Deze week heeft geen opdrachten." : "De opdrachten beginnen na het startgesprek.")
        : week.assignments.map((a) => assignmentCard(trajectoryId, a, reload, tailorable, leads)),
      tailorable ? ownAssignmentForm(ctx, week.week) : null,
    ),
    h(
      "section",
      { "aria-labelledby": "notities-kop" },
      h("h2", { class: "utrecht-heading-2", id: "notities-kop" }, "Notities van de inwoner"),
      notes.items.length === 0
        ? h("p", { class: "utrecht-paragraph" }, "De inwoner heeft nog geen notities geschreven.")
        : notes.items.map((n) => noteCard(trajectoryId, n, titles, reload)),
    ),
    messagesSection(ctx, messages, !closed),
    growthPlanSection(ctx, planStarted ? plan : null, leads && !closed && planStarted),
    heldEvaluations,
    screeningsSection(ctx, screenings),
    leads ? aftercareSection(ctx, checkIns) : null,
    leads || earlyStop ? earlyStopSection(ctx, earlyStop) : null,
    finalReportSection(ctx, courtAdvice),
  );
  fillBars(document.getElementById("inhoud"));
  if (notice) announce(notice);
}

/** Tailoring is possible from the start conversation until the final evaluation. */
const TAILORABLE = ["START_CONVERSATION", "COACHING_PART_ONE", "MID_EVALUATION", "COACHING_PART_TWO", "END_SCREENING"];

function backLink() {
  const coach = (currentSession()?.me?.roles || []).includes("COACH");
  return h(
    "p",
    { class: "utrecht-paragraph" },
    h("a", { class: "utrecht-link utrecht-link--html-a", href: coach ? "#/werk" : "#/taken" }, coach ? "Terug naar mijn caseload" : "Terug naar mijn taken"),
  );
}

function summary(t) {
  const parts = [TRAJECTORY_TYPE[t.trajectoryType] || t.trajectoryType, STAGE[t.stage] || t.stage];
  if (t.step <= 11) parts.push(`stap ${t.step} van 11`);
  if (t.currentWeek > 0) parts.push(`week ${t.currentWeek}`);
  if (t.stage !== "CLOSED" && t.stage !== "AFTERCARE") parts.push(t.paused ? "gepauzeerd" : TEMPO[t.tempo] || t.tempo);
  if (t.outcome) parts.push(`uitkomst ${OUTCOME[t.outcome]?.name || t.outcome}`);
  return parts.join(" · ");
}

function assignmentCard(trajectoryId, a, reload, tailorable, reviews) {
  const headingId = newId("opdracht");
  const answered = Object.keys(a.answers).length > 0;
  return h(
    "article",
    { class: "werkomgeving-kaart", "aria-labelledby": headingId, "data-opdracht": a.code },
    h(
      "div",
      { class: "werkomgeving-kaart__kop" },
      h("h3", { class: "utrecht-heading-3", id: headingId }, a.title),
      h(
        "span",
        { class: "werkomgeving-knoppen" },
        a.stressed ? h("span", { class: "werkomgeving-status werkomgeving-status--nadruk" }, "Extra aandacht") : null,
        a.ownAssignment ? h("span", { class: "werkomgeving-status" }, "Eigen opdracht") : null,
        h("span", { class: "werkomgeving-status" }, ASSIGNMENT_STATE[a.state] || a.state),
      ),
    ),
    h("p", { class: "utrecht-paragraph" }, a.instruction),
    a.expectedOfCoach
      ? h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Wat de coach doet: "), a.expectedOfCoach)
      : null,
    a.expectedOfSpecialist
      ? h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Wat de specialist doet: "), a.expectedOfSpecialist)
      : null,
    a.stressed && a.stressReason
      ? h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Waarom extra aandacht (de inwoner leest dit): "), a.stressReason)
      : null,
    answered
      ? h(
          "dl",
          { class: "werkomgeving-antwoorden", "aria-label": `Antwoorden bij ${a.title}` },
          a.questions.flatMap((q) => [h("dt", {}, q.text), h("dd", {}, answerText(q, a.answers[q.id]))]),
        )
      : h("p", { class: "utrecht-paragraph" }, "De inwoner heeft nog geen antwoorden ingeleverd."),
    a.feedback
      ? h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Feedback aan de inwoner: "), a.feedback)
      : null,
    a.state === "SUBMITTED" && reviews ? reviewForm(trajectoryId, a, reload) : null,
    tailorable ? tailoring(trajectoryId, a, reload) : null,
  );
}

/** Skip or reinstate an assignment, and stress it (with a reason for the resident) or not. */
function tailoring(trajectoryId, a, reload) {
  const path = `/trajectories/${trajectoryId}/assignments/${encodeURIComponent(a.code)}`;
  const errorArea = h("div", {});
  const send = async (subPath, body, done) => {
    errorArea.replaceChildren();
    try {
      await api("POST", `${path}/${subPath}`, body);
    } catch (error) {
      if (error instanceof SessionEnded) return false;
      errorArea.append(failureBox(error, "Aanpassen lukte niet", reload));
      return false;
    }
    reload(done);
    return true;
  };
  const skippable = a.state === "OPEN" || a.state === "NEEDS_REWORK";
  const key = `nadruk.${trajectoryId}.${a.code}`;
  const reason = keptTextarea("nadruk-reden", key, 2);
  const stressForm = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": `Extra aandacht voor ${a.title}` },
    field("Waarom deze opdracht extra aandacht krijgt (mag leeg)", reason, "De inwoner leest dit. Schrijf eenvoudig."),
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Extra aandacht geven"),
  );
  stressForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (await send("stress-changes", { stressed: true, reason: reason.value.trim() || null }, `"${a.title}" krijgt extra aandacht.`)) forgetTyped(key);
  });
  return h(
    "details",
    { class: "werkomgeving-details", "data-maatwerk": a.code },
    h("summary", {}, "Maatwerk: overslaan of extra aandacht"),
    h(
      "div",
      { class: "werkomgeving-stapel" },
      errorArea,
      h(
        "div",
        { class: "werkomgeving-knoppen" },
        a.state === "SKIPPED"
          ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => send("reinstatements", undefined, `"${a.title}" staat weer open.`) }, "Toch laten doen")
          : skippable
            ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => send("skips", undefined, `"${a.title}" is overgeslagen.`) }, "Overslaan")
            : null,
        a.stressed
          ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => send("stress-changes", { stressed: false }, `"${a.title}" heeft geen extra aandacht meer.`) }, "Geen extra aandacht meer")
          : null,
      ),
      a.stressed || a.state === "SKIPPED" ? null : stressForm,
    ),
  );
}

/** A coach's own assignment (POST …/own-assignments) with one question, this week or later. */
function ownAssignmentForm(ctx, currentWeek) {
  const key = `eigen.${ctx.trajectoryId}`;
  const title = keepTyped(textInput("eigen-titel"), `${key}.titel`);
  const instruction = keptTextarea("eigen-uitleg", `${key}.uitleg`, 3);
  const question = keepTyped(textInput("eigen-vraag"), `${key}.vraag`);
  const theme = keptSelect("eigen-thema", `${key}.thema`, THEME);
  const weekField = keepTyped(textInput("eigen-week", "number", { min: Math.max(currentWeek, 1), value: Math.max(currentWeek, 1) }), `${key}.week`);
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Eigen opdracht toevoegen" },
    field("Titel", title),
    field("Uitleg voor de inwoner", instruction, "De inwoner leest dit. Schrijf eenvoudig."),
    field("Vraag aan de inwoner", question, "Een open vraag; de inwoner antwoordt in eigen woorden."),
    field("Thema", theme),
    field("Week", weekField, "Deze week of later."),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Eigen opdracht toevoegen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (!title.value.trim() || !instruction.value.trim() || !question.value.trim()) {
      errorArea.append(errorBox("Vul de titel, de uitleg en de vraag in."));
      return;
    }
    try {
      await api("POST", `/trajectories/${ctx.trajectoryId}/own-assignments`, {
        week: Number(weekField.value),
        theme: theme.value,
        title: title.value.trim(),
        instruction: instruction.value.trim(),
        questions: [{ id: "antwoord", text: question.value.trim(), answerType: "FREE_TEXT" }],
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Toevoegen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.titel`, `${key}.uitleg`, `${key}.vraag`, `${key}.thema`, `${key}.week`);
    ctx.reload(`De eigen opdracht is toegevoegd aan week ${weekField.value}.`);
  });
  return h("details", { class: "werkomgeving-details" }, h("summary", {}, "Eigen opdracht toevoegen"), form);
}

function reviewForm(trajectoryId, a, reload) {
  const key = `beoordeling.${trajectoryId}.${a.code}`;
  const name = newId("oordeel");
  const radio = (value, label) => {
    const id = newId("oordeel");
    const input = keepTyped(
      h("input", { id, type: "radio", name, value, class: "utrecht-radio-button utrecht-radio-button--html-input" }),
      `${key}.${value}`,
    );
    return h(
      "div",
      { class: "werkomgeving-keuze" },
      input,
      h("label", { for: id, class: "utrecht-form-label utrecht-form-label--radio" }, label),
    );
  };
  const approve = radio("APPROVED", "Goedkeuren");
  const sendBack = radio("NEEDS_REWORK", "Terugsturen met feedback");
  const feedbackId = newId("feedback");
  const hintId = newId("feedback-uitleg");
  const feedback = keepTyped(
    h("textarea", {
      id: feedbackId,
      name: "feedback",
      rows: 3,
      class: "utrecht-textarea utrecht-textarea--html-textarea",
      "aria-describedby": hintId,
    }),
    `${key}.feedback`,
  );
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": `Beoordeling van ${a.title}` },
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset werkomgeving-stapel" },
      h("legend", { class: "utrecht-form-label" }, "Beoordeling"),
      h("div", { class: "werkomgeving-keuzes" }, approve, sendBack),
    ),
    h(
      "div",
      { class: "utrecht-form-field" },
      h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: feedbackId }, "Feedback voor de inwoner")),
      h("p", { class: "utrecht-form-field-description", id: hintId }, "Nodig als je terugstuurt. Schrijf eenvoudig: de inwoner leest dit."),
      h("p", { class: "utrecht-form-field__input" }, feedback),
    ),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Beoordeling versturen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    feedback.removeAttribute("aria-invalid");
    const verdict = form.querySelector(`input[name="${name}"]:checked`)?.value;
    if (!verdict) {
      errorArea.append(errorBox("Kies of je de opdracht goedkeurt of terugstuurt."));
      return;
    }
    if (verdict === "NEEDS_REWORK" && feedback.value.trim() === "") {
      feedback.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Schrijf feedback voor de inwoner als je de opdracht terugstuurt."));
      feedback.focus();
      return;
    }
    try {
      await api("POST", `/trajectories/${trajectoryId}/assignments/${encodeURIComponent(a.code)}/reviews`, {
        verdict,
        feedback: feedback.value.trim() || null,
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Versturen lukte niet: ${error.message}`));
      return;
    }
    forgetTyped(`${key}.APPROVED`, `${key}.NEEDS_REWORK`, `${key}.feedback`);
    reload(verdict === "APPROVED" ? `"${a.title}" is goedgekeurd.` : `"${a.title}" is teruggestuurd met je feedback.`);
  });
  return form;
}

function noteCard(trajectoryId, note, titles, reload) {
  return h(
    "article",
    { class: "werkomgeving-kaart", "data-notitie": note.id },
    h(
      "p",
      { class: "utrecht-paragraph werkomgeving-klein" },
      `Bij "${titles[note.assignmentCode] || note.assignmentCode}", ${dateTimeText(note.writtenAt)}`,
    ),
    h("blockquote", { class: "utrecht-paragraph werkomgeving-notitie" }, note.text),
    note.replies.map((r) =>
      h("p", { class: "utrecht-paragraph werkomgeving-antwoord" }, h("strong", {}, `Antwoord (${dateTimeText(r.writtenAt)}): `), r.text),
    ),
    note.awaitsReply ? replyForm(trajectoryId, note, reload) : null,
  );
}

function replyForm(trajectoryId, note, reload) {
  const key = `antwoord.${trajectoryId}.${note.id}`;
  const id = newId("antwoord");
  const text = keepTyped(
    h("textarea", { id, name: "antwoord", rows: 3, class: "utrecht-textarea utrecht-textarea--html-textarea" }),
    key,
  );
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Antwoord op deze notitie" },
    h(
      "div",
      { class: "utrecht-form-field" },
      h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, "Jouw antwoord")),
      h("p", { class: "utrecht-form-field__input" }, text),
    ),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Antwoord versturen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    text.removeAttribute("aria-invalid");
    if (text.value.trim() === "") {
      text.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Schrijf eerst je antwoord."));
      text.focus();
      return;
    }
    try {
      await api("POST", `/trajectories/${trajectoryId}/notes/${note.id}/replies`, { text: text.value.trim() });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Versturen lukte niet: ${error.message}`));
      return;
    }
    forgetTyped(key);
    reload("Je antwoord is verstuurd.");
  });
  return form;
}

const TEMPO_CHANGES = {
  PAUSE: { button: "Pauzeren", done: "Het traject is gepauzeerd: de weken lopen niet door." },
  RESUME: { button: "Hervatten", done: "Het traject loopt weer." },
  FASTER: { button: "Sneller", done: "Het traject loopt nu in sneller tempo." },
  NORMAL: { button: "Normaal tempo", done: "Het traject loopt nu in normaal tempo." },
  SLOWER: { button: "Langzamer", done: "Het traject loopt nu in langzamer tempo." },
};

/** Pause, resume and the tempo (POST …/tempo-changes); only the changes that fit now are offered. */
function tempoSection(trajectoryId, t, reload) {
  // The tempo is about the weekly work; from the final evaluation on there is none.
  if (["FINAL_EVALUATION", "AFTERCARE", "CLOSED"].includes(t.stage)) return null;
  const changes = t.paused
    ? ["RESUME"]
    : ["PAUSE", ...["FASTER", "NORMAL", "SLOWER"].filter((c) => c !== t.tempo)];
  const errorArea = h("div", {});
  const buttons = changes.map((change) =>
    h(
      "button",
      {
        type: "button",
        class: `utrecht-button ${change === "PAUSE" || change === "RESUME" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`,
        "data-tempo": change,
        onclick: async () => {
          errorArea.replaceChildren();
          for (const b of buttons) b.disabled = true;
          try {
            await api("POST", `/trajectories/${trajectoryId}/tempo-changes`, { change });
          } catch (error) {
            if (error instanceof SessionEnded) return;
            for (const b of buttons) b.disabled = false;
            errorArea.append(errorBox(`Dat lukte niet: ${error.message}`));
            return;
          }
          reload(TEMPO_CHANGES[change].done);
        },
      },
      TEMPO_CHANGES[change].button,
    ),
  );
  return h(
    "section",
    { "aria-labelledby": "tempo-kop", class: "werkomgeving-kaart", id: "tempo" },
    h("h2", { class: "utrecht-heading-2", id: "tempo-kop" }, "Tempo"),
    h(
      "p",
      { class: "utrecht-paragraph", id: "tempo-stand" },
      t.paused
        ? "Gepauzeerd: de weken lopen niet door tot je het traject hervat."
        : `Het traject loopt in ${TEMPO[t.tempo] || t.tempo}.`,
    ),
    errorArea,
    h("div", { class: "werkomgeving-knoppen" }, buttons),
  );
}
