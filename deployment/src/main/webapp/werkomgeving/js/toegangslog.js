// The administrator's access log page (#/toegangslog): who looked at or changed which resident's
// data, when and on whose behalf (GET /access-log), narrowed by staff member and by period.
import { api, SessionEnded } from "./api.js";
import { errorBox, h, showPage } from "./dom.js";
import { field, problemText, textInput } from "./formulier.js";
import { dateTimeText } from "./woorden.js";

const TITLE = "Toegangslog";
const PAGE_SIZE = 50;

const ACTOR_KIND = { STAFF: "Medewerker", SUPPORT_WORKER: "Hulpverlener", RESIDENT: "Inwoner" };

export async function accessLogPage(params) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let staff;
  try {
    staff = (await api("GET", "/staff-members?pageSize=100")).items;
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De medewerkers konden niet worden geladen: ${error.message}`));
    return;
  }
  const actor = h(
    "select",
    { id: "log-medewerker", name: "medewerker", class: "utrecht-select utrecht-select--html-select" },
    h("option", { value: "" }, "Iedereen"),
    ...staff.map((m) => h("option", { value: m.id, selected: m.id === params.get("medewerker") }, m.name)),
  );
  const from = textInput("van", "date", { value: params.get("van") || "" });
  const to = textInput("tot", "date", { value: params.get("tot") || "" });
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "zoek-kop", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "zoek-kop" }, "Zoeken"),
    field("Wie", actor),
    field("Van (dag)", from),
    field("Tot en met (dag)", to),
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Zoeken"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new URLSearchParams();
    if (actor.value) query.set("medewerker", actor.value);
    if (from.value) query.set("van", from.value);
    if (to.value) query.set("tot", to.value);
    location.hash = `#/toegangslog?${query}`;
  });
  const results = h("div", { id: "toegangslog", "aria-live": "polite" });
  showPage(
    TITLE,
    heading,
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Wie heeft welke gegevens van een inwoner bekeken of gewijzigd, wanneer en namens wie. Inwoners zien dit ook zelf in de app.",
    ),
    form,
    results,
  );
  await showRecords(results, params);
}

async function showRecords(area, params) {
  const page = Number(params.get("pagina")) || 1;
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (params.get("medewerker")) query.set("actorId", params.get("medewerker"));
  if (params.get("inwoner")) query.set("residentId", params.get("inwoner"));
  if (params.get("van")) query.set("from", params.get("van"));
  if (params.get("tot")) query.set("to", params.get("tot"));
  let found;
  try {
    found = await api("GET", `/access-log?${query}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    area.replaceChildren(errorBox(`Zoeken lukte niet: ${problemText(error)}`));
    return;
  }
  if (found.items.length === 0) {
    area.replaceChildren(h("p", { class: "utrecht-paragraph" }, "Niets gevonden."));
    return;
  }
  const last = Math.min(page * PAGE_SIZE, found.totalItems);
  area.replaceChildren(
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table" },
      h("caption", { class: "utrecht-table__caption" }, `${(page - 1) * PAGE_SIZE + 1} tot en met ${last} van ${found.totalItems}, nieuwste eerst`),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          ["Wanneer", "Wie", "Inwoner", "Wat", "Namens", "Uitkomst"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        ...found.items.map((r) =>
          h(
            "tr",
            { class: "utrecht-table__row" },
            cell(dateTimeText(r.at)),
            cell(`${r.actorName || "Onbekend"} (${ACTOR_KIND[r.actorKind] || "niet ingelogd"})`),
            cell(r.residentName || (r.object || "").replace(/:.*/, "") || "—"),
            cell(`${r.action.startsWith("GET ") ? "Bekeek" : "Wijzigde"}: ${r.action.replace(/^\S+ \/v1/, "")}`),
            cell(r.onBehalfOf || "—"),
            cell(r.result < 400 ? "Gelukt" : `Geweigerd (${r.result})`),
          ),
        ),
      ),
    ),
    navigation(params, page, found.totalItems),
  );
}

function cell(text) {
  return h("td", { class: "utrecht-table__cell" }, text);
}

function navigation(params, page, total) {
  const to = (p) => {
    const next = new URLSearchParams(params);
    next.set("pagina", String(p));
    return `#/toegangslog?${next}`;
  };
  return h(
    "p",
    { class: "utrecht-paragraph werkomgeving-knoppen" },
    page > 1 ? h("a", { class: "utrecht-link", href: to(page - 1) }, "Vorige") : null,
    page * PAGE_SIZE < total ? h("a", { class: "utrecht-link", href: to(page + 1) }, "Volgende") : null,
  );
}
