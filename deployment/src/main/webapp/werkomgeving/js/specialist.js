// The specialist's screens: starting a trajectory (POST /trajectories) and inviting the resident
// (POST …/invitations), and the work list (GET /specialist-tasks).
import { api, SessionEnded } from "./api.js";
import { errorBox, h, newId, showPage } from "./dom.js";
import { activationLinkBox, checkboxes, checkedValues, field, problemText, textInput } from "./formulier.js";
import { rememberName } from "./caseload.js";
import { currentSession } from "./session.js";
import { ASSIGNMENT_STATE, EVALUATION, TRAJECTORY_TYPE } from "./woorden.js";

export async function startPage() {
  const title = "Traject starten";
  const heading = h("h1", { class: "utrecht-heading-1" }, title);
  const me = currentSession().me;
  let municipality;
  let coaches;
  try {
    municipality = await api("GET", "/municipality");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, heading, errorBox(`De gegevens van de gemeente konden niet worden geladen: ${error.message}`));
    return;
  }
  try {
    coaches = (await api("GET", "/coaches?pageSize=100")).items;
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, heading, errorBox(`De coaches konden niet worden geladen: ${error.message}`));
    return;
  }
  const types = municipality.purchasedModules.flatMap((m) => m.trajectoryTypes);
  if (types.length === 0) {
    showPage(title, heading, h("p", { class: "utrecht-paragraph" }, "De gemeente heeft nog geen modules ingekocht. Vraag de beheerder om dat te regelen."));
    return;
  }
  showPage(title, heading, startForm(me, municipality, types, coaches));
}

function startForm(me, municipality, types, coaches) {
  const firstName = textInput("voornaam", "text", { autocomplete: "off", required: true });
  const lastName = textInput("achternaam", "text", { autocomplete: "off", required: true });
  const email = textInput("email", "email", { autocomplete: "off", required: true });
  const typeId = newId("soort");
  const type = h(
    "select",
    { id: typeId, name: "soort", class: "utrecht-select utrecht-select--html-select" },
    types.map((t) => h("option", { value: t }, TRAJECTORY_TYPE[t] || t)),
  );
  const coachOptions = Object.fromEntries(coaches.map((c) => [c.id, c.name]));
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier", "aria-labelledby": "start-kop", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "start-kop" }, "Inwoner en traject"),
    h("p", { class: "utrecht-paragraph" }, `Voor ${municipality.name}. Jij wordt de specialist van het traject.`),
    field("Voornaam van de inwoner", firstName),
    field("Achternaam van de inwoner", lastName),
    field("E-mailadres van de inwoner", email, "Hierheen gaat de uitnodiging om een account te maken."),
    field("Soort traject", type, "Alleen de soorten uit de modules die de gemeente heeft ingekocht."),
    coaches.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "De gemeente heeft nog geen coaches. Voeg eerst een coach toe.")
      : checkboxes("Coach of coaches", "coach", coachOptions),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Traject starten"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    for (const input of [firstName, lastName, email]) input.removeAttribute("aria-invalid");
    const missing = [
      [firstName, "de voornaam"],
      [lastName, "de achternaam"],
      [email, "het e-mailadres"],
    ].filter(([input]) => input.value.trim() === "");
    for (const [input] of missing) input.setAttribute("aria-invalid", "true");
    const chosenCoaches = checkedValues(form, "coach");
    const problems = [];
    if (missing.length > 0) problems.push(`Vul ${missing.map(([, what]) => what).join(", ")} in.`);
    if (chosenCoaches.length === 0) problems.push("Kies minstens één coach.");
    if (problems.length > 0) {
      errorArea.append(errorBox(problems.join(" ")));
      (missing[0]?.[0] || form.querySelector("input[name=coach]"))?.focus();
      return;
    }
    let created;
    try {
      created = await api("POST", "/trajectories", {
        residentFirstName: firstName.value.trim(),
        residentLastName: lastName.value.trim(),
        residentEmail: email.value.trim(),
        trajectoryType: type.value,
        coachIds: chosenCoaches,
        specialistIds: me.roles.includes("SPECIALIST") ? [me.id] : [],
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Het traject is niet gestart: ${problemText(error)}`));
      return;
    }
    startedPage(created.id, `${firstName.value.trim()} ${lastName.value.trim()}`, type.value);
  });
  return form;
}

/** After the start: invite the resident and show the link to pass on. */
function startedPage(trajectoryId, name, type) {
  const title = "Traject gestart";
  const errorArea = h("div", {});
  const result = h("div", {});
  const invite = h(
    "button",
    { type: "button", class: "utrecht-button utrecht-button--primary-action", id: "uitnodigen" },
    "Inwoner uitnodigen",
  );
  invite.addEventListener("click", async () => {
    errorArea.replaceChildren();
    invite.disabled = true;
    let invitation;
    try {
      invitation = await api("POST", `/trajectories/${trajectoryId}/invitations`);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      invite.disabled = false;
      errorArea.append(errorBox(`Uitnodigen lukte niet: ${problemText(error)}`));
      return;
    }
    invite.textContent = "Opnieuw uitnodigen";
    invite.disabled = false;
    result.replaceChildren(
      activationLinkBox(
        "Uitnodiging verstuurd",
        `${name} krijgt een e-mail met de link om een account te maken. Komt die niet aan, geef de link dan zelf door.`,
        invitation.activationLink,
        invitation.expiresAt,
      ),
    );
    result.querySelector("input").focus();
  });
  showPage(
    title,
    h("h1", { class: "utrecht-heading-1" }, title),
    h(
      "div",
      { class: "utrecht-alert utrecht-alert--ok", role: "status" },
      h("p", { class: "utrecht-paragraph" }, `Het traject ${TRAJECTORY_TYPE[type] || type} voor ${name} is gestart.`),
    ),
    h(
      "div",
      { class: "werkomgeving-stapel" },
      h("p", { class: "utrecht-paragraph" }, "Nodig de inwoner nu uit. Een nieuwe uitnodiging vervangt de vorige link."),
      errorArea,
      h("div", {}, invite),
      result,
      h(
        "p",
        { class: "utrecht-paragraph" },
        h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/starten" }, "Nog een traject starten"),
      ),
    ),
  );
}

export async function tasksPage() {
  const title = "Mijn taken";
  const heading = h("h1", { class: "utrecht-heading-1" }, title);
  let tasks;
  try {
    tasks = await api("GET", "/specialist-tasks?pageSize=100");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, heading, errorBox(`De taken konden niet worden geladen: ${error.message}`));
    return;
  }
  showPage(
    title,
    heading,
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Opdrachten waarin de specialist iets doet en evaluaties waarin jouw deel nog open staat, van de trajecten waarin jij specialist bent.",
    ),
    tasks.items.length === 0
      ? h("p", { class: "utrecht-paragraph", id: "geen-taken" }, "Je hebt nu geen taken.")
      : taskTable(tasks),
    tasks.totalItems > tasks.items.length
      ? h("p", { class: "utrecht-paragraph" }, `Hier staan de eerste ${tasks.items.length} van ${tasks.totalItems} taken.`)
      : null,
  );
}

function taskTable(tasks) {
  const cell = (...c) => h("td", { class: "utrecht-table__cell" }, ...c);
  return h(
    "div",
    { class: "werkomgeving-tabel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table", id: "taken" },
      h("caption", { class: "utrecht-table__caption" }, tasks.totalItems === 1 ? "1 taak" : `${tasks.totalItems} taken`),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          ["Inwoner", "Taak", "Week", "Wat jij doet", "Stand"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        tasks.items.map((t) =>
          h(
            "tr",
            { class: "utrecht-table__row" },
            h(
              "th",
              { class: "utrecht-table__header-cell", scope: "row" },
              h("a", { class: "utrecht-link utrecht-link--html-a", href: `#/traject/${t.trajectoryId}`, onclick: () => rememberName(t.trajectoryId, t.residentName) }, t.residentName),
            ),
            t.kind === "EVALUATION"
              ? cell(`Jouw deel van de ${EVALUATION[t.evaluationKind] || t.evaluationKind}`)
              : cell(t.title),
            cell(t.week == null ? "" : String(t.week)),
            cell(t.expectedOfSpecialist || ""),
            cell(t.state ? ASSIGNMENT_STATE[t.state] || t.state : "Open"),
          ),
        ),
      ),
    ),
  );
}
