// A trajectory: this week's assignments with the resident's answers, approving or sending back
// with feedback (POST …/assignments/{code}/reviews), and the resident's notes with replies.
import { api, SessionEnded } from "./api.js";
import { announce, errorBox, h, newId, showPage } from "./dom.js";
import { forgetTyped, keepTyped } from "./session.js";
import { ASSIGNMENT_STATE, TEMPO, TRAJECTORY_TYPE, answerText, dateTimeText } from "./woorden.js";
import { residentName } from "./caseload.js";

export async function trajectoryPage(trajectoryId, notice) {
  const title = residentName(trajectoryId) || "Traject";
  let trajectory;
  let week;
  let notes;
  try {
    [trajectory, week, notes] = await Promise.all([
      api("GET", `/trajectories/${trajectoryId}`),
      api("GET", `/trajectories/${trajectoryId}/assignments`),
      api("GET", `/trajectories/${trajectoryId}/notes?pageSize=100`),
    ]);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, backLink(), h("h1", { class: "utrecht-heading-1" }, title), errorBox(`Dit traject kon niet worden geladen: ${error.message}`));
    return;
  }
  const titles = Object.fromEntries(week.assignments.map((a) => [a.code, a.title]));
  const reload = (text) => trajectoryPage(trajectoryId, text);

  showPage(
    title,
    backLink(),
    h("h1", { class: "utrecht-heading-1" }, title),
    h("p", { class: "utrecht-paragraph utrecht-paragraph--lead" }, summary(trajectory)),
    notice ? h("div", { class: "utrecht-alert utrecht-alert--ok" }, h("p", { class: "utrecht-paragraph" }, notice)) : null,
    tempoSection(trajectoryId, trajectory, reload),
    h(
      "section",
      { "aria-labelledby": "opdrachten-kop" },
      h("h2", { class: "utrecht-heading-2", id: "opdrachten-kop" }, `Opdrachten van week ${week.week}`),
      week.assignments.length === 0
        ? h("p", { class: "utrecht-paragraph" }, "Deze week heeft geen opdrachten.")
        : week.assignments.map((a) => assignmentCard(trajectoryId, a, reload)),
    ),
    h(
      "section",
      { "aria-labelledby": "notities-kop" },
      h("h2", { class: "utrecht-heading-2", id: "notities-kop" }, "Notities van de inwoner"),
      notes.items.length === 0
        ? h("p", { class: "utrecht-paragraph" }, "De inwoner heeft nog geen notities geschreven.")
        : notes.items.map((n) => noteCard(trajectoryId, n, titles, reload)),
    ),
  );
  if (notice) announce(notice);
}

function backLink() {
  return h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/werk" }, "Terug naar mijn caseload"));
}

function summary(t) {
  const parts = [TRAJECTORY_TYPE[t.trajectoryType] || t.trajectoryType, `stap ${t.step} van 11`];
  if (t.currentWeek > 0) parts.push(`week ${t.currentWeek}`);
  parts.push(t.paused ? "gepauzeerd" : TEMPO[t.tempo] || t.tempo);
  return parts.join(" · ");
}

function assignmentCard(trajectoryId, a, reload) {
  const headingId = newId("opdracht");
  const answered = Object.keys(a.answers).length > 0;
  return h(
    "article",
    { class: "werkomgeving-kaart", "aria-labelledby": headingId, "data-opdracht": a.code },
    h(
      "div",
      { class: "werkomgeving-kaart__kop" },
      h("h3", { class: "utrecht-heading-3", id: headingId }, a.title),
      h("span", { class: "werkomgeving-status" }, ASSIGNMENT_STATE[a.state] || a.state),
    ),
    h("p", { class: "utrecht-paragraph" }, a.instruction),
    a.expectedOfCoach
      ? h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Wat de coach doet: "), a.expectedOfCoach)
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
    a.state === "SUBMITTED" ? reviewForm(trajectoryId, a, reload) : null,
  );
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
  if (t.stage === "CLOSED") return null;
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
