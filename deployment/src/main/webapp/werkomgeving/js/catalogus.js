// The administrator's catalogue page (#/catalogus): the municipality's own variant of a trajectory
// type's catalogue (GET/PUT /municipality/catalogue-variants/{type}). Hide an assignment, move it to
// another week, give it the municipality's own text, or add an own assignment. Every change
// publishes a new version: new trajectories start on it, running ones keep theirs.
import { api, apiVersioned, SessionEnded } from "./api.js";
import { announce, errorBox, h, newId, showPage } from "./dom.js";
import { CHANGED_MEANWHILE, changeProblem, field, radioGroup, textInput } from "./formulier.js";
import { THEME, TRAJECTORY_TYPE, dateText } from "./woorden.js";

const TITLE = "Catalogus aanpassen";

const CHOICES = {
  NATIONAL: "Zoals in de landelijke catalogus",
  HIDE: "Verbergen: nieuwe trajecten krijgen deze opdracht niet",
  MOVE: "In een andere week",
  REWORD: "Met een eigen titel of uitleg",
};

const TAILORING = {
  HIDE: "Verborgen",
  MOVE: "Andere week",
  REWORD: "Eigen tekst",
  ADD: "Eigen opdracht",
};

/**
 * What the page shows: the purchased types, the chosen one, the variant as read, and the change
 * being made (if any).
 */
const state = { types: [], type: null, variant: null, editing: null };

export async function cataloguePage() {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let municipality;
  try {
    municipality = await api("GET", "/municipality");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De gemeente kon niet worden geladen: ${error.message}`));
    return;
  }
  const types = municipality.purchasedModules.flatMap((m) => m.trajectoryTypes);
  if (types.length === 0) {
    showPage(TITLE, heading, h("p", { class: "utrecht-paragraph" }, "De gemeente heeft nog geen modules ingekocht. Koop eerst een module in."));
    return;
  }
  state.types = types;
  if (!types.includes(state.type)) state.type = types[0];
  state.editing = null;
  await load();
}

async function load(keepEditing = false) {
  try {
    state.variant = await api("GET", `/municipality/catalogue-variants/${state.type}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, h("h1", { class: "utrecht-heading-1" }, TITLE), errorBox(`De catalogus kon niet worden geladen: ${error.message}`));
    return;
  }
  if (!keepEditing) state.editing = null;
  render();
}

function render(problem) {
  const v = state.variant;
  showPage(
    TITLE,
    h("h1", { class: "utrecht-heading-1" }, TITLE),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Pas de opdrachten aan voor je gemeente. Elke wijziging wordt een nieuwe versie. Nieuwe trajecten krijgen de nieuwste versie; lopende trajecten houden hun versie.",
    ),
    typeChooser(),
    h("p", { class: "utrecht-paragraph", id: "catalogus-versie" }, versionText(v)),
    h("p", { class: "utrecht-paragraph" }, countsText(v)),
    state.editing ? editForm(problem) : h("p", {}, addButton()),
    assignmentTable(v),
  );
}

function typeChooser() {
  const id = newId("soort");
  const select = h(
    "select",
    { id, name: "soort", class: "utrecht-select utrecht-select--html-select" },
    state.types.map((t) => h("option", { value: t, selected: t === state.type }, TRAJECTORY_TYPE[t] || t)),
  );
  select.addEventListener("change", () => {
    state.type = select.value;
    load();
  });
  return field("Soort traject", select);
}

function versionText(v) {
  if (v.version === 0) {
    return `Je gemeente heeft nog geen eigen versie. Nieuwe trajecten krijgen de landelijke catalogus (versie ${v.nationalVersion}).`;
  }
  return `Eigen versie ${v.version}, gepubliceerd op ${dateText(v.publishedOn)}, op basis van de landelijke catalogus versie ${v.nationalVersion}.`;
}

function countsText(v) {
  const count = (kind) => v.assignments.filter((a) => a.tailoring === kind).length;
  const shown = v.assignments.filter((a) => !a.hidden).length;
  return `Nieuwe trajecten krijgen ${shown} opdrachten. Verborgen: ${count("HIDE")}. Andere week: ${count("MOVE")}. Eigen tekst: ${count("REWORD")}. Eigen opdrachten: ${count("ADD")}.`;
}

function addButton() {
  return h(
    "button",
    {
      type: "button",
      class: "utrecht-button utrecht-button--secondary-action",
      onclick: () => {
        state.editing = { code: newOwnCode(), isNew: true, draft: { choice: "ADD", week: "", theme: "INCOME", title: "", instruction: "" } };
        render();
      },
    },
    "Eigen opdracht toevoegen",
  );
}

/** A readable code of the municipality's own that the catalogue does not use yet: GEM-1, GEM-2, ... */
function newOwnCode() {
  const used = new Set(state.variant.assignments.map((a) => a.code));
  let n = 1;
  while (used.has(`GEM-${n}`)) n += 1;
  return `GEM-${n}`;
}

function assignmentTable(v) {
  const cell = (...c) => h("td", { class: "utrecht-table__cell" }, ...c);
  return h(
    "div",
    { class: "werkomgeving-tabel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table", id: "catalogus" },
      h("caption", { class: "utrecht-table__caption" }, `Opdrachten van ${TRAJECTORY_TYPE[state.type] || state.type}`),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          ["Week", "Thema", "Opdracht", "Aanpassing", "Actie"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        v.assignments.map((a) =>
          h(
            "tr",
            { class: "utrecht-table__row", "data-opdracht": a.code },
            cell(String(a.week)),
            cell(THEME[a.theme] || a.theme),
            h("th", { class: "utrecht-table__header-cell", scope: "row" }, a.title),
            cell(tailoringText(a)),
            cell(
              h(
                "button",
                {
                  type: "button",
                  class: "utrecht-button utrecht-button--subtle",
                  "aria-label": `Aanpassen: ${a.title}`,
                  onclick: () => {
                    state.editing = { code: a.code, isNew: false, draft: draftOf(a) };
                    render();
                  },
                },
                "Aanpassen",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function tailoringText(a) {
  if (!a.tailoring) return "Landelijk";
  if (a.tailoring === "MOVE") return `Andere week (landelijk week ${a.nationalWeek})`;
  return TAILORING[a.tailoring];
}

function draftOf(a) {
  if (a.own) {
    return { choice: "ADD", week: String(a.week), theme: a.theme, title: a.title, instruction: a.instruction };
  }
  return { choice: a.tailoring || "NATIONAL", week: String(a.week), theme: a.theme, title: a.title, instruction: a.instruction };
}

function editForm(problem) {
  const editing = state.editing;
  const assignment = state.variant.assignments.find((a) => a.code === editing.code);
  const own = editing.isNew || assignment?.own;
  const draft = editing.draft;
  const errorArea = h("div", {}, problem ? errorBox(problem) : null);
  const week = textInput("week", "number", { min: 1, max: 26, value: draft.week, inputmode: "numeric" });
  const title = textInput("titel", "text", { value: draft.title, autocomplete: "off" });
  const instructionId = newId("uitleg");
  const instruction = h("textarea", { id: instructionId, name: "uitleg", rows: 5, class: "utrecht-textarea utrecht-textarea--html-textarea" }, draft.instruction);
  const themeId = newId("thema");
  const theme = h(
    "select",
    { id: themeId, name: "thema", class: "utrecht-select utrecht-select--html-select" },
    Object.entries(THEME).map(([value, label]) => h("option", { value, selected: value === draft.theme }, label)),
  );
  const keep = () => {
    const chosen = form.querySelector("input[name=keuze]:checked");
    Object.assign(draft, {
      choice: own ? "ADD" : chosen ? chosen.value : draft.choice,
      week: week.value.trim(),
      theme: theme.value,
      title: title.value,
      instruction: instruction.value,
    });
  };
  const heading = editing.isNew ? "Eigen opdracht toevoegen" : `Opdracht aanpassen: ${assignment.title}`;
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "aanpassen-kop", novalidate: true, id: "aanpassen" },
    h("h2", { class: "utrecht-heading-2", id: "aanpassen-kop" }, heading),
    own
      ? h("p", { class: "utrecht-paragraph" }, "De inwoner leest de titel en de uitleg. Schrijf eenvoudig: korte zinnen en gewone woorden.")
      : radioGroup("Wat krijgen nieuwe trajecten?", "keuze", CHOICES, draft.choice),
    field("Week", week, own ? "Week 1 tot en met 17 voor deel 1, week 19 tot en met 26 voor deel 2." : "Alleen nodig voor 'In een andere week'. De opdracht blijft in zijn deel van het traject."),
    own ? field("Thema", theme) : null,
    field("Titel", title, own ? null : "Alleen nodig voor 'Met een eigen titel of uitleg'."),
    field("Uitleg voor de inwoner", instruction),
    errorArea,
    h(
      "div",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Publiceren"),
      own && !editing.isNew
        ? h(
            "button",
            {
              type: "button",
              class: "utrecht-button utrecht-button--secondary-action",
              onclick: () => {
                keep();
                draft.choice = "REMOVE";
                publish();
              },
            },
            "Eigen opdracht verwijderen",
          )
        : null,
      h(
        "button",
        {
          type: "button",
          class: "utrecht-button utrecht-button--subtle",
          onclick: () => {
            state.editing = null;
            render();
          },
        },
        "Annuleren",
      ),
      problem === CHANGED_MEANWHILE
        ? h(
            "button",
            {
              type: "button",
              class: "utrecht-button utrecht-button--secondary-action",
              onclick: () => {
                keep();
                load(true);
              },
            },
            "Opnieuw laden",
          )
        : null,
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    keep();
    publish();
  });
  // After showPage has focused the page: to the first field, or stay so the error is read out.
  if (!problem) queueMicrotask(() => form.querySelector("input, select, textarea").focus());
  return form;
}

/** What is wrong with the draft before it goes to the server, in Dutch; null when nothing. */
function draftProblem(draft) {
  const week = Number(draft.week);
  const needsWeek = draft.choice === "MOVE" || draft.choice === "ADD";
  if (needsWeek && !(Number.isInteger(week) && week >= 1 && week <= 26)) return "Vul een week in van 1 tot en met 26.";
  if (draft.choice === "ADD" && (draft.title.trim() === "" || draft.instruction.trim() === "")) {
    return "Vul een titel en een uitleg in.";
  }
  if (draft.choice === "REWORD" && draft.title.trim() === "" && draft.instruction.trim() === "") {
    return "Vul een eigen titel of uitleg in.";
  }
  return null;
}

/** The complete list of tailorings of the next version: the current ones with this change. */
function nextTailorings(draft) {
  const code = state.editing.code;
  const assignment = state.variant.assignments.find((a) => a.code === code);
  const others = state.variant.tailorings.filter((t) => t.assignmentCode !== code);
  const current = state.variant.tailorings.find((t) => t.assignmentCode === code);
  switch (draft.choice) {
    case "HIDE":
      return [...others, { kind: "HIDE", assignmentCode: code }];
    case "MOVE":
      return [...others, { kind: "MOVE", assignmentCode: code, week: Number(draft.week) }];
    case "REWORD":
      return [
        ...others,
        {
          kind: "REWORD",
          assignmentCode: code,
          title: ownText(draft.title, assignment.title, current?.kind === "REWORD" ? current.title : null),
          instruction: ownText(draft.instruction, assignment.instruction, current?.kind === "REWORD" ? current.instruction : null),
        },
      ];
    case "ADD":
      return [
        ...others,
        {
          kind: "ADD",
          assignmentCode: code,
          week: Number(draft.week),
          theme: draft.theme,
          title: draft.title.trim(),
          instruction: draft.instruction.trim(),
          questions: current?.questions || [],
        },
      ];
    default: // NATIONAL or REMOVE: no tailoring of this assignment any more
      return others;
  }
}

/**
 * The municipality's own text: what was typed when it differs from the text shown, else the own
 * text the variant already had (null: the national text stays).
 */
function ownText(typed, shown, ownBefore) {
  const text = typed.trim();
  if (text === "") return null;
  return text !== shown ? text : ownBefore;
}

async function publish() {
  const draft = state.editing.draft;
  const problem = draft.choice === "REMOVE" || draft.choice === "NATIONAL" || draft.choice === "HIDE" ? null : draftProblem(draft);
  if (problem) {
    render(problem);
    return;
  }
  let published;
  try {
    // The variant's ETag is its version, which the body also carries.
    const change = { tailorings: nextTailorings(draft) };
    published = (await apiVersioned("PUT", `/municipality/catalogue-variants/${state.type}`, change, `"${state.variant.version}"`)).data;
  } catch (error) {
    if (error instanceof SessionEnded) return;
    if (draft.choice === "REMOVE") draft.choice = "ADD";
    render(changeProblem(error, "Publiceren lukte niet"));
    return;
  }
  state.variant = published;
  state.editing = null;
  render();
  announce(`Versie ${published.version} is gepubliceerd. Nieuwe trajecten krijgen deze versie.`);
}
