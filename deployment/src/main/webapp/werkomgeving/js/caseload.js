// Coach home: the caseload (GET /coaches/{coachId}/trajectories) with filter and sort done by the
// API. The chosen filter lives in the address (#/werk?scope=…&wachtOp=…&sort=…), so that going
// back from a trajectory shows the same list.
import { api, SessionEnded } from "./api.js";
import { errorBox, h, newId, showPage } from "./dom.js";
import { currentSession } from "./session.js";
import { fillBars } from "./voortgang.js";
import { EVALUATION, STAGE, TRAJECTORY_TYPE, WAITING_FOR, wallClockText } from "./woorden.js";

/** Trajectories per page of the caseload; more are reached with the page links under the table. */
export const PAGE_SIZE = 20;

const SCOPES = { all: "Eigen en team", own: "Alleen mijn eigen trajecten", team: "Alleen als vervanger (team)" };
const SORTS = { residentName: "Op naam", mostWaiting: "Meeste werk eerst" };

export async function caseloadPage(params) {
  const me = currentSession().me;
  if (!(me.roles || []).includes("COACH")) {
    // Specialists' and administrators' screens are still to come (issue 5).
    showPage(
      "Mijn caseload",
      heading(),
      h(
        "p",
        { class: "utrecht-paragraph" },
        "Je hebt geen rol in de werkomgeving: geen coach, specialist of beheerder. Vraag een beheerder om je een rol te geven.",
      ),
    );
    return;
  }
  const scope = SCOPES[params.get("scope")] ? params.get("scope") : "all";
  const sort = SORTS[params.get("sort")] ? params.get("sort") : "residentName";
  const waitingFor = (params.get("wachtOp") || "").split(",").filter((r) => WAITING_FOR[r]);

  const page = Math.max(1, Number.parseInt(params.get("pagina") || "1", 10) || 1);
  const query = new URLSearchParams({ scope, sort, page: String(page), pageSize: String(PAGE_SIZE) });
  if (waitingFor.length > 0) query.set("waitingFor", waitingFor.join(","));
  let list;
  try {
    list = await api("GET", `/coaches/${me.id}/trajectories?${query}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage("Mijn caseload", heading(), errorBox(`De caseload kon niet worden geladen: ${error.message}`));
    return;
  }
  for (const item of list.items) rememberName(item.trajectoryId, item.residentName);

  showPage(
    "Mijn caseload",
    heading(),
    filters(scope, sort, waitingFor),
    list.items.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn geen trajecten die bij deze keuze passen.")
      : table(list),
    pageLinks(params, list),
  );
  fillBars(document.getElementById("inhoud"));
}

/** "Vorige" and "Volgende" with where we are; the page is part of the address (#/werk?…&pagina=2). */
function pageLinks(params, list) {
  const pages = Math.ceil(list.totalItems / list.pageSize);
  if (pages <= 1) return null;
  const link = (page, text, rel) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(page));
    return h("a", { class: "utrecht-link utrecht-link--html-a", href: `#/werk?${next}`, rel }, text);
  };
  const first = (list.page - 1) * list.pageSize + 1;
  return h(
    "nav",
    { class: "werkomgeving-paginas", "aria-label": "Pagina's van de caseload" },
    list.page > 1 ? link(list.page - 1, "Vorige pagina", "prev") : null,
    h("p", { class: "utrecht-paragraph", id: "caseload-pagina" }, `Pagina ${list.page} van ${pages} (trajecten ${first} tot ${first + list.items.length - 1} van ${list.totalItems})`),
    list.page < pages ? link(list.page + 1, "Volgende pagina", "next") : null,
  );
}

function heading() {
  return h("h1", { class: "utrecht-heading-1" }, "Mijn caseload");
}

function filters(scope, sort, waitingFor) {
  const scopeId = newId("scope");
  const sortId = newId("sort");
  const scopeSelect = select(scopeId, "scope", SCOPES, scope);
  const sortSelect = select(sortId, "sort", SORTS, sort);
  const boxes = Object.entries(WAITING_FOR).map(([code, label]) => {
    const id = newId("wacht");
    return h(
      "span",
      { class: "werkomgeving-keuze" },
      h("input", {
        id,
        type: "checkbox",
        name: "wachtOp",
        value: code,
        class: "utrecht-checkbox utrecht-checkbox--html-input",
        checked: waitingFor.includes(code),
      }),
      h("label", { for: id, class: "utrecht-form-label utrecht-form-label--checkbox" }, label),
    );
  });
  const form = h(
    "form",
    { class: "werkomgeving-filters", "aria-label": "Filteren en sorteren" },
    labelled("Trajecten", scopeSelect),
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" },
      h("legend", { class: "utrecht-form-label" }, "Wacht op mij voor"),
      h("div", { class: "werkomgeving-keuzes" }, boxes),
    ),
    labelled("Sorteren", sortSelect),
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Toon"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll("input[name=wachtOp]:checked")].map((b) => b.value);
    const next = new URLSearchParams({ scope: scopeSelect.value, sort: sortSelect.value });
    if (chosen.length > 0) next.set("wachtOp", chosen.join(","));
    location.hash = `#/werk?${next}`;
  });
  return form;
}

function select(id, name, options, chosen) {
  return h(
    "select",
    { id, name, class: "utrecht-select utrecht-select--html-select" },
    Object.entries(options).map(([value, label]) =>
      h("option", { value, selected: value === chosen }, label),
    ),
  );
}

function labelled(label, control) {
  return h(
    "div",
    { class: "utrecht-form-field" },
    h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: control.id }, label)),
    h("p", { class: "utrecht-form-field__input" }, control),
  );
}

function table(list) {
  const headers = ["Inwoner", "Week en fase", "Voortgang per thema", "Deze week", "Wacht op mij", "Ongelezen berichten", "Mijn rol"];
  return h(
    "div",
    { class: "werkomgeving-tabel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table", id: "caseload" },
      h("caption", { class: "utrecht-table__caption" }, list.totalItems === 1 ? "1 traject" : `${list.totalItems} trajecten`),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          headers.map((text) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, text)),
        ),
      ),
      h("tbody", { class: "utrecht-table__body" }, list.items.map(row)),
    ),
  );
}

function row(item) {
  const cell = (...content) => h("td", { class: "utrecht-table__cell" }, ...content);
  return h(
    "tr",
    { class: "utrecht-table__row", "data-traject": item.trajectoryId },
    h(
      "th",
      { class: "utrecht-table__header-cell", scope: "row" },
      h(
        "a",
        { class: "utrecht-link utrecht-link--html-a", href: `#/traject/${item.trajectoryId}` },
        item.residentName,
      ),
      h("br"),
      h("span", { class: "werkomgeving-klein werkomgeving-nowrap" }, TRAJECTORY_TYPE[item.trajectoryType] || item.trajectoryType),
    ),
    h("td", { class: "utrecht-table__cell werkomgeving-nowrap" }, weekText(item)),
    cell(themesText(item.themes)),
    cell(thisWeekText(item.thisWeek)),
    cell(waitingList(item)),
    cell(String(item.unreadMessages)),
    cell(item.standIn ? "Vervanger" : "Coach"),
  );
}

/**
 * The week with a bar of weeks 1-26 (decoration: the text says it), the stage in words and the
 * planned conversation.
 */
function weekText(item) {
  const stage = h(
    "span",
    { class: "werkomgeving-klein" },
    STAGE[item.stage] || item.stage,
    item.nextConversation
      ? [h("br"), h("span", { "data-gesprek": "" }, `Gesprek: ${wallClockText(item.nextConversation.startsAt, true)}`)]
      : null,
  );
  if (item.currentWeek === 0) return ["Nog niet begonnen", h("br"), stage];
  const percent = Math.min(100, Math.round((100 * item.currentWeek) / 26));
  return [
    `Week ${item.currentWeek}${item.paused ? " (gepauzeerd)" : ""}`,
    h("br"),
    h("span", { class: "werkomgeving-balk werkomgeving-balk--klein", "aria-hidden": "true" }, h("span", { class: "werkomgeving-balk__vulling", "data-procent": percent })),
    h("br"),
    stage,
  ];
}

/** Per theme: approved of the assignments that count (skipped ones do not). */
function themesText(themes) {
  return h(
    "ul",
    { class: "utrecht-unordered-list werkomgeving-lijst werkomgeving-klein", "data-thema-voortgang": "" },
    themes.map((t) =>
      h("li", { class: "utrecht-unordered-list__item werkomgeving-nowrap" }, `${t.themeName}: ${t.approved} van ${t.assignments - t.skipped}`),
    ),
  );
}

function thisWeekText(assignments) {
  if (assignments.length === 0) return "Geen opdrachten";
  const count = (state) => assignments.filter((a) => a.state === state).length;
  const parts = [`${count("APPROVED")} van ${assignments.length} goedgekeurd`];
  if (count("SUBMITTED") > 0) parts.push(`${count("SUBMITTED")} ingeleverd`);
  if (count("NEEDS_REWORK") > 0) parts.push(`${count("NEEDS_REWORK")} teruggestuurd`);
  return parts.join(", ");
}

function waitingList(item) {
  if (item.waitingFor.length === 0) return "Niets";
  const detail = {
    ANSWERS_TO_REVIEW: ` (${item.answersToReview})`,
    NOTES_TO_ANSWER: ` (${item.notesAwaitingReply})`,
    MESSAGES_TO_READ: ` (${item.unreadMessages})`,
    EVALUATION_DUE: item.evaluationDue ? `: ${EVALUATION[item.evaluationDue] || item.evaluationDue}` : "",
    SILENT: "",
  };
  return h(
    "ul",
    { class: "utrecht-unordered-list werkomgeving-lijst" },
    item.waitingFor.map((reason) =>
      h("li", { class: "utrecht-unordered-list__item" }, `${WAITING_FOR[reason] || reason}${detail[reason] ?? ""}`),
    ),
  );
}

const NAMES = "redzaam.werkomgeving.namen";

/** The trajectory page shows the resident's name, which only the caseload carries. */
export function rememberName(trajectoryId, name) {
  const names = JSON.parse(sessionStorage.getItem(NAMES) || "{}");
  names[trajectoryId] = name;
  sessionStorage.setItem(NAMES, JSON.stringify(names));
}

export function residentName(trajectoryId) {
  return JSON.parse(sessionStorage.getItem(NAMES) || "{}")[trajectoryId];
}
