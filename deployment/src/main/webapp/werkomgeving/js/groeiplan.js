// The growth plan (GET …/growth-plan with its ETag): goals per theme, agreements and progress
// entries; adding a goal, an agreement or progress and marking a goal achieved send the ETag in
// If-Match: the plan's own version. A 412 says in Dutch that someone else changed the plan; the
// typed text stays.
import { apiVersioned, SessionEnded } from "./api.js";
import { errorBox, h } from "./dom.js";
import { failureBox, field, keptSelect, keptTextarea } from "./formulier.js";
import { forgetTyped } from "./session.js";
import { THEME, dateText } from "./woorden.js";

const NO_THEME = "";

/** plan is {data, etag}, or null when the plan cannot be read; canChange: the trajectory is not closed. */
export function growthPlanSection(ctx, plan, canChange) {
  if (!plan) {
    return h(
      "section",
      { "aria-labelledby": "groeiplan-kop", id: "groeiplan" },
      h("h2", { class: "utrecht-heading-2", id: "groeiplan-kop" }, "Groeiplan"),
      h("p", { class: "utrecht-paragraph" }, "Het groeiplan begint bij het startgesprek. Open eerst het startgesprek."),
    );
  }
  const { goals, agreements, progress } = plan.data;
  const groups = [...Object.keys(THEME), NO_THEME]
    .map((theme) => [theme, goals.filter((g) => (g.theme || NO_THEME) === theme)])
    .filter(([, list]) => list.length > 0);
  return h(
    "section",
    { "aria-labelledby": "groeiplan-kop", id: "groeiplan" },
    h("h2", { class: "utrecht-heading-2", id: "groeiplan-kop" }, "Groeiplan"),
    h("h3", { class: "utrecht-heading-3" }, "Doelen per thema"),
    groups.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen doelen.")
      : groups.map(([theme, list]) =>
          h(
            "div",
            { class: "werkomgeving-kaart", "data-thema": theme || "ALGEMEEN" },
            h("h4", { class: "utrecht-heading-4" }, THEME[theme] || "Zonder thema"),
            h(
              "ul",
              { class: "utrecht-unordered-list werkomgeving-lijst" },
              list.map((g) => goalItem(ctx, plan, g, progress, canChange)),
            ),
          ),
        ),
    h("h3", { class: "utrecht-heading-3" }, "Afspraken"),
    agreements.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen afspraken.")
      : h(
          "ul",
          { class: "utrecht-unordered-list werkomgeving-lijst", "data-afspraken": "" },
          agreements.map((a) => h("li", { class: "utrecht-unordered-list__item" }, a.description, " ", h("span", { class: "werkomgeving-klein" }, `(${dateText(a.madeOn)})`))),
        ),
    progressForWhole(progress),
    canChange ? changeForms(ctx, plan) : null,
  );
}

function goalItem(ctx, plan, goal, progress, canChange) {
  const entries = progress.filter((p) => p.goalId === goal.id);
  const errorArea = h("div", {});
  const button =
    canChange && !goal.achieved
      ? h(
          "button",
          {
            type: "button",
            class: "utrecht-button utrecht-button--subtle",
            onclick: async () => {
              errorArea.replaceChildren();
              try {
                await apiVersioned("POST", `/trajectories/${ctx.trajectoryId}/growth-plan/goals/${goal.id}/achievements`, undefined, plan.etag);
              } catch (error) {
                if (error instanceof SessionEnded) return;
                errorArea.append(failureBox(error, "Opslaan lukte niet", ctx.reload));
                return;
              }
              ctx.reload(`Het doel "${goal.description}" is behaald.`);
            },
          },
          "Markeer als behaald",
        )
      : null;
  return h(
    "li",
    { class: "utrecht-unordered-list__item werkomgeving-doel", "data-doel": goal.description },
    h("span", {}, goal.description, " "),
    h("span", { class: "werkomgeving-status" }, goal.achieved ? `Behaald op ${dateText(goal.achievedOn)}` : "Nog niet behaald"),
    " ",
    button,
    errorArea,
    entries.length > 0
      ? h(
          "ul",
          { class: "utrecht-unordered-list werkomgeving-lijst" },
          entries.map((p) => h("li", { class: "utrecht-unordered-list__item werkomgeving-klein" }, `${dateText(p.writtenOn)}: ${p.text}`)),
        )
      : null,
  );
}

function progressForWhole(progress) {
  const whole = progress.filter((p) => !p.goalId);
  if (whole.length === 0) return null;
  return [
    h("h3", { class: "utrecht-heading-3" }, "Voortgang van het hele plan"),
    h(
      "ul",
      { class: "utrecht-unordered-list werkomgeving-lijst" },
      whole.map((p) => h("li", { class: "utrecht-unordered-list__item" }, `${dateText(p.writtenOn)}: ${p.text}`)),
    ),
  ];
}

/** Three small forms; each keeps its typed text until the change is stored. */
function changeForms(ctx, plan) {
  const key = `groeiplan.${ctx.trajectoryId}`;
  const base = `/trajectories/${ctx.trajectoryId}/growth-plan`;
  const themeOptions = { [NO_THEME]: "Geen thema (het hele plan)", ...THEME };

  const goalText = keptTextarea("doel", `${key}.doel`, 2);
  const goalTheme = keptSelect("doel-thema", `${key}.doel-thema`, themeOptions);
  const goalForm = planForm(
    ctx,
    "Doel toevoegen",
    [field("Nieuw doel", goalText, "Schrijf het doel zoals de inwoner het zegt."), field("Thema", goalTheme)],
    goalText,
    "Schrijf eerst het doel.",
    () => apiVersioned("POST", `${base}/goals`, { description: goalText.value.trim(), theme: goalTheme.value || null }, plan.etag),
    [`${key}.doel`, `${key}.doel-thema`],
    "Het doel is toegevoegd aan het groeiplan.",
  );

  const agreementText = keptTextarea("afspraak", `${key}.afspraak`, 2);
  const agreementForm = planForm(
    ctx,
    "Afspraak toevoegen",
    [field("Nieuwe afspraak", agreementText, "Bijvoorbeeld: we spreken elke twee weken af.")],
    agreementText,
    "Schrijf eerst de afspraak.",
    () => apiVersioned("POST", `${base}/agreements`, { description: agreementText.value.trim() }, plan.etag),
    [`${key}.afspraak`],
    "De afspraak is toegevoegd aan het groeiplan.",
  );

  const goalsToChoose = Object.fromEntries([["", "Het hele plan"], ...plan.data.goals.map((g) => [g.id, g.description])]);
  const progressGoal = keptSelect("voortgang-doel", `${key}.voortgang-doel`, goalsToChoose);
  const progressText = keptTextarea("voortgang", `${key}.voortgang`, 2);
  const progressForm = planForm(
    ctx,
    "Voortgang noteren",
    [field("Over", progressGoal), field("Wat is er bereikt of veranderd?", progressText)],
    progressText,
    "Schrijf eerst wat er bereikt of veranderd is.",
    () =>
      apiVersioned("POST", `${base}/progress-entries`, { goalId: progressGoal.value || null, text: progressText.value.trim() }, plan.etag),
    [`${key}.voortgang`, `${key}.voortgang-doel`],
    "De voortgang is genoteerd.",
  );

  return h("div", { class: "werkomgeving-groeiplan-formulieren" }, goalForm, agreementForm, progressForm);
}

function planForm(ctx, title, fields, mainField, emptyText, send, keys, done) {
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-kaart werkomgeving-stapel", "aria-label": title, "data-groeiplan-formulier": title },
    h("h3", { class: "utrecht-heading-3" }, title),
    fields,
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, title),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    mainField.removeAttribute("aria-invalid");
    if (mainField.value.trim() === "") {
      mainField.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(emptyText));
      mainField.focus();
      return;
    }
    try {
      await send();
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Opslaan lukte niet", ctx.reload));
      return;
    }
    forgetTyped(...keys);
    ctx.reload(done);
  });
  return form;
}
