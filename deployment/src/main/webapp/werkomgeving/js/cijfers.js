// The municipality's figures (#/cijfers) for policy officers and administrators: GET
// /municipality/kpis for a period, a trajectory type and a coach team. Each table has a bar chart
// (SVG, with the same numbers as the table beside it) and a CSV download. Counts under five come
// from the API as suppressed and show as "< 5", so no figure points at a person.
import { api, saveFile, SessionEnded } from "./api.js";
import { errorBox, h, showPage } from "./dom.js";
import { field, problemText, selectField, textInput } from "./formulier.js";
import { EARLY_STOP_REASON, STAGE, TRAJECTORY_TYPE, dateText } from "./woorden.js";

const TITLE = "Cijfers";
const SVG = "http://www.w3.org/2000/svg";

/** Each table's heading, what it means, and its rows in Dutch. */
const TABLES = {
  intake: {
    title: "Instroom",
    meaning: "Uitgenodigd of gestart in de gekozen periode. Gestart: het startgesprek is afgerond. De tijd tot de start loopt van de uitnodiging tot dat startgesprek.",
    rows: {
      INVITED: "Uitgenodigd",
      STARTED: "Gestart",
      MEDIAN_DAYS_TO_START: "Tijd tot de start (mediaan, dagen)",
    },
  },
  stages: {
    title: "Lopende trajecten per stap (vandaag)",
    meaning: "Alle trajecten die nu lopen, per stap van de methode. De periode telt hier niet mee.",
    rows: Object.fromEntries(Object.entries(STAGE).filter(([key]) => key !== "CLOSED")),
  },
  outcomes: {
    title: "Uitstroom per uitkomst",
    meaning: "Trajecten waarvan de eindevaluatie in de periode is afgerond, per uitkomst.",
    rows: {
      INDEPENDENT: "11A: zelfstandig verder",
      LIGHTER_SUPPORT: "11B: lichtere ondersteuning",
      CONTINUED_SUPPORT: "11C: ondersteuning voortzetten of opschalen",
    },
  },
  earlyStops: {
    title: "Eerder gestopt, per reden",
    meaning: "Trajecten die in de periode eerder zijn gestopt.",
    rows: EARLY_STOP_REASON,
  },
  throughput: {
    title: "Doorlooptijd",
    meaning: "Van het afronden van het startgesprek tot het afronden van de eindevaluatie, pauzes meegeteld. Voor de trajecten met een uitkomst in de periode.",
    rows: { MEDIAN_WEEKS: "Doorlooptijd (mediaan, weken)" },
  },
  stillIndependent: {
    title: "Nog zelfstandig bij het laatste waakvlamgesprek",
    meaning: "Trajecten met uitkomst 11A die in de periode zijn afgesloten: wat de coach bij het laatste waakvlamgesprek vond.",
    rows: {
      STILL_INDEPENDENT: "Redt het nog zelf",
      NEEDS_SUPPORT_AGAIN: "Heeft weer hulp nodig",
      SHARE_STILL_INDEPENDENT: "Deel dat het nog zelf redt (procent)",
    },
  },
};

export async function kpiPage(params) {
  const query = new URLSearchParams();
  for (const [name, key] of [["from", "van"], ["to", "tot"], ["type", "soort"], ["coachTeamId", "team"]]) {
    if (params.get(key)) query.set(name, params.get(key));
  }
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let kpis;
  try {
    kpis = await api("GET", `/municipality/kpis${query.size ? `?${query}` : ""}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De cijfers konden niet worden geladen. ${problemText(error)}`), filterForm(params, []));
    return;
  }
  showPage(
    TITLE,
    heading,
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Van ${dateText(kpis.from)} tot en met ${dateText(kpis.to)}. De cijfers zijn anoniem: een aantal onder de ${kpis.smallestShown} staat er als "< ${kpis.smallestShown}", zodat niemand te herkennen is.`,
    ),
    filterForm(params, kpis.coachTeams, kpis),
    kpis.tables.map((table) => tableSection(table, kpis)),
  );
}

function filterForm(params, teams, kpis) {
  const from = textInput("van", "date", { value: kpis?.from || params.get("van") || "" });
  const to = textInput("tot", "date", { value: kpis?.to || params.get("tot") || "" });
  const type = selectField("soort", { "": "Alle soorten", ...TRAJECTORY_TYPE }, params.get("soort") || "");
  const team = selectField("team", { "": "Alle teams", ...Object.fromEntries(teams.map((t) => [t.id, t.name])) }, params.get("team") || "");
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-label": "Welke cijfers", id: "cijfers-kiezen" },
    field("Van", from),
    field("Tot en met", to),
    field("Soort traject", type),
    field("Coachteam", team, "Trajecten met een coach uit dit team."),
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Cijfers tonen"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    if (from.value) chosen.set("van", from.value);
    if (to.value) chosen.set("tot", to.value);
    if (type.value) chosen.set("soort", type.value);
    if (team.value) chosen.set("team", team.value);
    location.hash = `#/cijfers?${chosen}`;
  });
  return form;
}

function tableSection(table, kpis) {
  const about = TABLES[table.key] || { title: table.key, meaning: "", rows: {} };
  const headingId = `cijfers-${table.key}-kop`;
  const rows = table.rows.map((cell) => ({ label: about.rows[cell.key] || cell.key, cell }));
  const status = h("div", { "aria-live": "polite" });
  const button = h(
    "button",
    { type: "button", class: "utrecht-button utrecht-button--secondary-action", "data-csv": table.key },
    `${about.title}: download als CSV`,
  );
  button.addEventListener("click", () => {
    const name = `cijfers-${table.key}-${kpis.from}-${kpis.to}.csv`;
    saveCsv(name, rows);
    status.replaceChildren(h("p", { class: "utrecht-paragraph" }, `Gedownload als ${name}.`));
  });
  return h(
    "section",
    { "aria-labelledby": headingId, id: `cijfers-${table.key}`, class: "werkomgeving-cijfers" },
    h("h2", { class: "utrecht-heading-2", id: headingId }, about.title),
    h("p", { class: "utrecht-paragraph" }, about.meaning),
    h(
      "div",
      { class: "werkomgeving-cijfers__inhoud" },
      chart(about.title, rows),
      h(
        "div",
        { class: "werkomgeving-tabel", tabindex: "0", role: "region", "aria-label": about.title },
        h(
          "table",
          { class: "utrecht-table utrecht-table--html-table", "data-tabel": table.key },
          h("caption", { class: "utrecht-table__caption" }, about.title),
          h(
            "thead",
            { class: "utrecht-table__header" },
            h(
              "tr",
              { class: "utrecht-table__row" },
              ["Wat", "Cijfer"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
            ),
          ),
          h(
            "tbody",
            { class: "utrecht-table__body" },
            rows.map(({ label, cell }) =>
              h(
                "tr",
                { class: "utrecht-table__row", "data-rij": cell.key },
                h("th", { class: "utrecht-table__header-cell", scope: "row" }, label),
                h("td", { class: "utrecht-table__cell utrecht-table__cell--numeric" }, shown(cell, kpis.smallestShown)),
              ),
            ),
          ),
        ),
      ),
    ),
    button,
    status,
  );
}

/** The figure as Dutch text: "< 5" when suppressed, a decimal comma, a percent sign. */
function shown(cell, smallest = 5) {
  if (cell.suppressed) return `< ${smallest}`;
  const number = Number(cell.value).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  return cell.unit === "PERCENT" ? `${number}%` : number;
}

/**
 * Horizontal bars for the counts of a table; a suppressed count has no bar, only "< 5". The chart
 * is an image with a short label; the table beside it holds every number.
 */
function chart(title, rows) {
  const counts = rows.filter(({ cell }) => cell.unit === "COUNT");
  if (counts.length < 2) return null;
  const max = Math.max(1, ...counts.map(({ cell }) => (cell.suppressed ? 0 : Number(cell.value))));
  const rowHeight = 28;
  const labelWidth = 300;
  const barWidth = 260;
  const svg = svgElement("svg", {
    class: "werkomgeving-cijfers__grafiek",
    viewBox: `0 0 ${labelWidth + barWidth + 60} ${counts.length * rowHeight}`,
    role: "img",
    "aria-label": `Staafdiagram: ${title}. De tabel ernaast heeft dezelfde cijfers.`,
  });
  counts.forEach(({ label, cell }, i) => {
    const y = i * rowHeight;
    const width = cell.suppressed ? 0 : Math.round((barWidth * Number(cell.value)) / max);
    svg.append(
      svgElement("text", { x: 0, y: y + 18, class: "werkomgeving-cijfers__label" }, label),
      svgElement("rect", { x: labelWidth, y: y + 5, width, height: 18, class: "werkomgeving-cijfers__balk" }),
      svgElement("text", { x: labelWidth + width + 6, y: y + 18, class: "werkomgeving-cijfers__label" }, shown(cell)),
    );
  });
  return svg;
}

function svgElement(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A CSV as Dutch spreadsheets open it: semicolons, a byte order mark, quotes where needed. */
function saveCsv(name, rows) {
  const quote = (text) => (/[";\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [["Wat", "Cijfer", "Eenheid"], ...rows.map(({ label, cell }) => [label, shown(cell), UNIT[cell.unit] || cell.unit])];
  const csv = `\uFEFF${lines.map((line) => line.map(quote).join(";")).join("\r\n")}\r\n`;
  saveFile(name, new Blob([csv], { type: "text/csv;charset=utf-8" }));
}

const UNIT = { COUNT: "aantal trajecten", DAYS: "dagen", WEEKS: "weken", PERCENT: "procent" };
