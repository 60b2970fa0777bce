// The evaluations of a trajectory (steps 5, 7 and 10): opening the one that fits the stage
// (POST …/evaluations), the coach's answers (PUT …/evaluations/{kind}/answers), the joint
// conclusion with If-Match (PUT …/evaluations/{kind}/conclusion) and, on the final evaluation, the
// outcome 11A, 11B or 11C. Who has answered is shown, the specialist's part included.
import { api, apiVersioned, SessionEnded } from "./api.js";
import { errorBox, h, newId } from "./dom.js";
import { failureBox, field, keptTextarea, radios } from "./formulier.js";
import { forgetTyped } from "./session.js";
import { OUTCOME, dateText } from "./woorden.js";

export const KIND = {
  START: { name: "Startgesprek", path: "start", done: "Het startgesprek is afgerond. Week 1 is begonnen." },
  MID: { name: "Tussenevaluatie", path: "mid", done: "De tussenevaluatie is afgerond. Deel 2 is begonnen." },
  FINAL: { name: "Eindevaluatie", path: "final", done: "De eindevaluatie is afgerond. De nazorg is begonnen." },
};

/** The evaluation the coach can open now, given the stage; null when none fits. */
function toOpen(t) {
  switch (t.stage) {
    case "ACTIVATED":
    case "START_SCREENING":
      return {
        kind: "START",
        text: "De inwoner heeft het account geactiveerd. Houd nu het startgesprek met de inwoner en de specialist. Tijdens het startgesprek maak je het groeiplan.",
      };
    case "COACHING_PART_ONE":
      return {
        kind: "MID",
        text: t.midEvaluationDue
          ? `Het is week ${t.currentWeek}: tijd voor de tussenevaluatie (week 18).`
          : `De tussenevaluatie hoort in week 18; nu is het week ${t.currentWeek}. Open haar eerder als dat beter past.`,
      };
    case "COACHING_PART_TWO":
    case "END_SCREENING":
      return {
        kind: "FINAL",
        text: "Als je de eindevaluatie opent, stopt het wekelijkse werk. Er komen geen nieuwe opdrachten meer.",
      };
    default:
      return null;
  }
}

/**
 * The section with the open evaluation (or the button to open the next one) and the evaluations
 * held so far. evaluations is {items, etag} or null when they could not be read.
 */
export function evaluationSections(ctx) {
  const { trajectory, evaluations } = ctx;
  if (!evaluations) return [];
  const items = evaluations.data.items;
  const open = ["FINAL", "MID", "START"].map((k) => items.find((e) => e.kind === k && !e.concludedOn)).find(Boolean);
  const held = items.filter((e) => e.concludedOn);
  const next = open || !ctx.leads ? null : toOpen(trajectory);
  return [
    open ? openEvaluation(ctx, open) : next ? openButton(ctx, next) : null,
    held.length > 0
      ? h(
          "section",
          { "aria-labelledby": "gehouden-kop" },
          h("h2", { class: "utrecht-heading-2", id: "gehouden-kop" }, "Gehouden evaluaties"),
          held.map((e) => heldEvaluation(ctx, e)),
        )
      : null,
  ];
}

function openButton(ctx, next) {
  const errorArea = h("div", {});
  const name = KIND[next.kind].name;
  const button = h(
    "button",
    {
      type: "button",
      class: "utrecht-button utrecht-button--primary-action",
      "data-open-evaluatie": next.kind,
      onclick: async () => {
        errorArea.replaceChildren();
        button.disabled = true;
        try {
          await api("POST", `/trajectories/${ctx.trajectoryId}/evaluations`, { kind: next.kind });
        } catch (error) {
          if (error instanceof SessionEnded) return;
          button.disabled = false;
          errorArea.append(failureBox(error, `${name} openen lukte niet`, ctx.reload));
          return;
        }
        ctx.reload(`${name} is geopend. Vul je antwoorden in.`);
      },
    },
    `${name} openen`,
  );
  return h(
    "section",
    { "aria-labelledby": "evaluatie-kop", class: "werkomgeving-kaart werkomgeving-kaart--nadruk" },
    h("h2", { class: "utrecht-heading-2", id: "evaluatie-kop" }, name),
    h("p", { class: "utrecht-paragraph" }, next.text),
    errorArea,
    h("div", { class: "werkomgeving-knoppen" }, button),
  );
}

/** Who answered: the resident, the coaches, and the specialist when the trajectory has one. */
/** The role in which the reader answers: COACH when leading the trajectory, else SPECIALIST. */
function ownRole(ctx) {
  return ctx.leads ? "COACH" : "SPECIALIST";
}

function isOwn(ctx, a) {
  return a.participantRole === ownRole(ctx) && a.personId === ctx.me.id;
}

function whoAnswered(ctx, e) {
  const answered = (role) => e.answers.some((a) => a.participantRole === role && !isOwn(ctx, a));
  const mine = e.answers.some((a) => isOwn(ctx, a));
  const specialists = ctx.trajectory.specialistIds || [];
  const rows = [["Inwoner", answered("RESIDENT") ? "Heeft geantwoord" : "Nog niet geantwoord"]];
  if (!ctx.leads) rows.push(["Coach", answered("COACH") ? "Heeft geantwoord" : "Nog niet geantwoord"]);
  rows.push([ctx.leads ? "Jij (coach)" : "Jij (specialist)", mine ? "Je antwoorden zijn opgeslagen" : "Nog niet opgeslagen"]);
  if (ctx.leads) {
    if (specialists.length === 0) rows.push(["Specialist", "Niet nodig: dit traject heeft geen specialist"]);
    else rows.push(["Specialist", answered("SPECIALIST") ? "Deel gedaan: heeft geantwoord" : "Deel nodig: nog niet geantwoord"]);
  }
  return h(
    "dl",
    { class: "werkomgeving-antwoorden werkomgeving-wie", "aria-label": "Wie heeft geantwoord", "data-wie": "" },
    rows.flatMap(([who, what]) => [h("dt", {}, who), h("dd", { "data-rol": who }, what)]),
  );
}

const ROLE_NAME = { RESIDENT: "Inwoner", COACH: "Coach", SPECIALIST: "Specialist" };

function othersAnswers(ctx, e, questionId) {
  const others = e.answers.filter((a) => a.questionId === questionId && !isOwn(ctx, a));
  if (others.length === 0) return null;
  return h(
    "ul",
    { class: "utrecht-unordered-list werkomgeving-lijst" },
    others.map((a) =>
      h("li", { class: "utrecht-unordered-list__item" }, h("strong", {}, `${ROLE_NAME[a.participantRole] || a.participantRole}: `), a.text),
    ),
  );
}

function openEvaluation(ctx, e) {
  const kind = KIND[e.kind];
  const base = `/trajectories/${ctx.trajectoryId}/evaluations/${kind.path}`;
  const key = `evaluatie.${ctx.trajectoryId}.${e.kind}`;
  const own = Object.fromEntries(e.answers.filter((a) => isOwn(ctx, a)).map((a) => [a.questionId, a.text]));

  // The coach's answers, one field per question, with what the others answered above it.
  const fields = e.questions.map((q) => ({ q, area: keptTextarea(`antwoord-${q.id}`, `${key}.${q.id}`, 3, own[q.id] || "") }));
  const answersError = h("div", {});
  const answersForm = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": `Jouw antwoorden bij het ${kind.name.toLowerCase()}`, "data-evaluatie-antwoorden": e.kind },
    fields.map(({ q, area }) =>
      h(
        "div",
        { class: "werkomgeving-vraag" },
        h("h4", { class: "utrecht-heading-4" }, q.text),
        othersAnswers(ctx, e, q.id),
        field("Jouw antwoord", area),
      ),
    ),
    answersError,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Mijn antwoorden opslaan"),
  );
  answersForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    answersError.replaceChildren();
    const answers = Object.fromEntries(fields.map(({ q, area }) => [q.id, area.value.trim()]).filter(([, text]) => text !== ""));
    if (Object.keys(answers).length === 0) {
      answersError.append(errorBox("Vul minstens één antwoord in."));
      fields[0]?.area.focus();
      return;
    }
    const body = { answers };
    const roles = ctx.me.roles || [];
    if (roles.includes("SPECIALIST") && roles.includes("COACH")) body.answeringAs = ownRole(ctx);
    try {
      await api("PUT", `${base}/answers`, body);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      answersError.append(failureBox(error, "Opslaan lukte niet", ctx.reload));
      return;
    }
    forgetTyped(...fields.map(({ q }) => `${key}.${q.id}`));
    ctx.reload("Je antwoorden zijn opgeslagen.");
  });

  // The joint conclusion; on the final evaluation with the outcome.
  const conclusion = keptTextarea("conclusie", `${key}.conclusie`, 4);
  const outcomeName = newId("uitkomst");
  const conclusionError = h("div", {});
  const conclusionLabel = e.conclusionAdvisesCourt ? "Advies aan de kantonrechter (gezamenlijke conclusie)" : "Gezamenlijke conclusie";
  const after = {
    START: "Na het afronden begint week 1 en krijgt de inwoner de eerste opdrachten.",
    MID: "Na het afronden begint deel 2.",
    FINAL: "Na het afronden begint de nazorg die bij de uitkomst hoort.",
  }[e.kind];
  const conclusionForm = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": `${kind.name} afronden`, "data-evaluatie-conclusie": e.kind },
    h("h3", { class: "utrecht-heading-3" }, `${kind.name} afronden`),
    field(conclusionLabel, conclusion, `Wat jullie samen hebben afgesproken. ${after}`),
    e.kind === "FINAL" ? radios("Uitkomst: welke stap past nu?", outcomeName, `${key}.uitkomst`, OUTCOME) : null,
    conclusionError,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, `${kind.name} afronden`),
  );
  conclusionForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    conclusionError.replaceChildren();
    conclusion.removeAttribute("aria-invalid");
    if (conclusion.value.trim() === "") {
      conclusion.setAttribute("aria-invalid", "true");
      conclusionError.append(errorBox("Schrijf eerst de gezamenlijke conclusie."));
      conclusion.focus();
      return;
    }
    const outcome = conclusionForm.querySelector(`input[name="${outcomeName}"]:checked`)?.value;
    if (e.kind === "FINAL" && !outcome) {
      conclusionError.append(errorBox("Kies de uitkomst: 11A, 11B of 11C."));
      return;
    }
    const body = { jointConclusion: conclusion.value.trim() };
    if (outcome) body.outcome = outcome;
    try {
      await apiVersioned("PUT", `${base}/conclusion`, body, ctx.evaluations.etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      conclusionError.append(failureBox(error, "Afronden lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.conclusie`, ...Object.keys(OUTCOME).map((o) => `${key}.uitkomst.${o}`));
    ctx.reload(outcome ? `${kind.done} Uitkomst: ${OUTCOME[outcome].name}.` : kind.done);
  });

  return h(
    "section",
    { "aria-labelledby": "evaluatie-kop", class: "werkomgeving-kaart werkomgeving-kaart--nadruk", "data-evaluatie": e.kind },
    h("h2", { class: "utrecht-heading-2", id: "evaluatie-kop" }, `${kind.name}${e.kind === "MID" ? " (week 18)" : ""}`),
    h("p", { class: "utrecht-paragraph" }, `Geopend op ${dateText(e.openedOn)}. Iedereen vult de vragen in; daarna leg jij de gezamenlijke conclusie vast.`),
    whoAnswered(ctx, e),
    h("h3", { class: "utrecht-heading-3" }, "Vragen en antwoorden"),
    answersForm,
    ctx.leads ? conclusionForm : h("p", { class: "utrecht-paragraph" }, "De coach legt de gezamenlijke conclusie vast."),
  );
}

function heldEvaluation(ctx, e) {
  const kind = KIND[e.kind];
  return h(
    "article",
    { class: "werkomgeving-kaart", "data-gehouden": e.kind },
    h("h3", { class: "utrecht-heading-3" }, `${kind.name}, afgerond op ${dateText(e.concludedOn)}`),
    h("p", { class: "utrecht-paragraph" }, h("strong", {}, e.conclusionAdvisesCourt ? "Advies aan de kantonrechter: " : "Gezamenlijke conclusie: "), e.jointConclusion),
    e.outcome
      ? h("p", { class: "utrecht-paragraph", "data-uitkomst": e.outcome }, h("strong", {}, `Uitkomst ${OUTCOME[e.outcome]?.name || e.outcome}. `), OUTCOME[e.outcome]?.meaning || "")
      : null,
    e.answers.length > 0
      ? h(
          "details",
          { class: "werkomgeving-details" },
          h("summary", {}, "Antwoorden bekijken"),
          e.questions.map((q) =>
            h("div", { class: "werkomgeving-vraag" }, h("h4", { class: "utrecht-heading-4" }, q.text), othersAnswers({ me: { id: null }, leads: true }, e, q.id) || h("p", { class: "utrecht-paragraph" }, "Geen antwoorden.")),
          ),
        )
      : null,
  );
}
