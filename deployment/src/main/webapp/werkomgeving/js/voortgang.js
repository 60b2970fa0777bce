// Where a trajectory stands: a timeline of weeks 1-26 (part one, the mid evaluation in week 18, part
// two, the current week marked) and the progress per theme (GET …/theme-progress) as a table with a
// bar per theme. The bars are decoration: the table carries the numbers.
import { h } from "./dom.js";
import { STAGE, THEME } from "./woorden.js";

export const MID_WEEK = 18;
export const LAST_WEEK = 26;
const PART_ONE = ["INCOME", "SELF_RELIANCE", "ORGANISING_MONEY_MATTERS"];
const PART_TWO = ["SPENDING_RESPONSIBLY", "BEING_PREPARED"];

/** The weeks of the method as a list, the current week marked with aria-current. */
export function timeline(trajectory) {
  const current = trajectory.currentWeek;
  const last = Math.max(LAST_WEEK, current);
  const weeks = [];
  for (let week = 1; week <= last; week += 1) {
    const part = week < MID_WEEK ? "een" : week === MID_WEEK ? "midden" : "twee";
    const label = week === MID_WEEK ? `Week ${week}: tussenevaluatie` : `Week ${week}`;
    weeks.push(
      h(
        "li",
        {
          class: `werkomgeving-week werkomgeving-week--${part}${week === current ? " werkomgeving-week--nu" : ""}${week < current ? " werkomgeving-week--voorbij" : ""}`,
          "aria-current": week === current ? "step" : null,
          "aria-label": week === current ? `${label}, deze week` : label,
          title: label,
        },
        String(week),
      ),
    );
  }
  return h(
    "section",
    { "aria-labelledby": "tijdlijn-kop", id: "tijdlijn" },
    h("h2", { class: "utrecht-heading-2", id: "tijdlijn-kop" }, "Tijdlijn"),
    h(
      "p",
      { class: "utrecht-paragraph", id: "tijdlijn-stand" },
      current > 0
        ? `Nu: week ${current} (${STAGE[trajectory.stage] || trajectory.stage}).`
        : `Nu: ${STAGE[trajectory.stage] || trajectory.stage}. De weken beginnen na het startgesprek.`,
    ),
    h("ol", { class: "werkomgeving-weken", "aria-label": "Weken van het traject" }, weeks),
    h(
      "ul",
      { class: "utrecht-unordered-list werkomgeving-lijst werkomgeving-legenda" },
      h("li", { class: "utrecht-unordered-list__item" }, h("span", { class: "werkomgeving-blokje werkomgeving-week--een", "aria-hidden": "true" }), `Deel 1, week 1 tot en met ${MID_WEEK - 1}: ${PART_ONE.map((t) => THEME[t]).join(", ")}`),
      h("li", { class: "utrecht-unordered-list__item" }, h("span", { class: "werkomgeving-blokje werkomgeving-week--midden", "aria-hidden": "true" }), `Week ${MID_WEEK}: tussenevaluatie`),
      h("li", { class: "utrecht-unordered-list__item" }, h("span", { class: "werkomgeving-blokje werkomgeving-week--twee", "aria-hidden": "true" }), `Deel 2, week ${MID_WEEK + 1} tot en met ${LAST_WEEK}: ${PART_TWO.map((t) => THEME[t]).join(", ")}`),
    ),
  );
}

/** progress is the answer of GET …/theme-progress, or null when it could not be read. */
export function themeProgress(progress) {
  if (!progress) return null;
  const columns = [
    ["approved", "Goedgekeurd"],
    ["waitingForReview", "Wacht op beoordeling"],
    ["needsRework", "Teruggestuurd"],
    ["toDo", "Te doen"],
    ["upcoming", "Komt nog"],
    ["skipped", "Overgeslagen"],
  ];
  const cell = (text) => h("td", { class: "utrecht-table__cell" }, text);
  return h(
    "section",
    { "aria-labelledby": "voortgang-kop", id: "voortgang" },
    h("h2", { class: "utrecht-heading-2", id: "voortgang-kop" }, "Voortgang per thema"),
    h(
      "div",
      // Focusable: on a narrow screen the table scrolls sideways, also with the keyboard.
      { class: "werkomgeving-tabel", tabindex: "0", role: "region", "aria-label": "Opdrachten per thema" },
      h(
        "table",
        { class: "utrecht-table utrecht-table--html-table", id: "voortgang-tabel" },
        h("caption", { class: "utrecht-table__caption" }, "Opdrachten per thema"),
        h(
          "thead",
          { class: "utrecht-table__header" },
          h(
            "tr",
            { class: "utrecht-table__row" },
            h("th", { class: "utrecht-table__header-cell", scope: "col" }, "Thema"),
            h("th", { class: "utrecht-table__header-cell", scope: "col" }, "Klaar"),
            columns.map(([, label]) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, label)),
            h("th", { class: "utrecht-table__header-cell", scope: "col" }, "Totaal"),
          ),
        ),
        h(
          "tbody",
          { class: "utrecht-table__body" },
          progress.themes.map((t) => {
            const done = t.approved + t.skipped;
            const percent = t.assignments === 0 ? 0 : Math.round((100 * done) / t.assignments);
            return h(
              "tr",
              { class: "utrecht-table__row", "data-thema-voortgang": t.theme },
              h("th", { class: "utrecht-table__header-cell", scope: "row" }, t.themeName || THEME[t.theme] || t.theme),
              h(
                "td",
                { class: "utrecht-table__cell werkomgeving-nowrap" },
                h("span", { class: "werkomgeving-balk", "aria-hidden": "true" }, h("span", { class: "werkomgeving-balk__vulling", "data-procent": percent })),
                ` ${percent}%`,
              ),
              columns.map(([name]) => cell(String(t[name]))),
              cell(String(t.assignments)),
            );
          }),
        ),
      ),
    ),
    h("p", { class: "utrecht-paragraph werkomgeving-klein" }, "Klaar: goedgekeurd of overgeslagen, als deel van alle opdrachten van het thema."),
  );
}

/** Sets the bars' widths (the CSP forbids inline style attributes, so not through markup). */
export function fillBars(root) {
  for (const bar of root.querySelectorAll("[data-procent]")) bar.style.inlineSize = `${bar.dataset.procent}%`;
}
