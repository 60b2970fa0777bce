// The administrator's support organisations (#/organisaties): organisations such as a
// Schuldhulpmaatje that residents may give access, once the municipality verified them; and their
// workers' accounts (GET/POST /support-organisations, .../verification, .../workers).
import { api, SessionEnded } from "./api.js";
import { announce, errorBox, h, newId, showPage } from "./dom.js";
import { activationLinkBox, field, problemText, textInput } from "./formulier.js";

const TITLE = "Organisaties";

/** Which organisation's workers are open, and the worker just added (with the link to pass on). */
const state = { open: null, added: null };

export async function organisationsPage() {
  state.open = null;
  state.added = null;
  return showOrganisations();
}

async function showOrganisations(problem) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let organisations;
  let workers = null;
  try {
    organisations = (await api("GET", "/support-organisations?pageSize=100")).items;
    if (state.open) workers = (await api("GET", `/support-organisations/${state.open}/workers?pageSize=100`)).items;
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De organisaties konden niet worden geladen: ${error.message}`));
    return;
  }
  const open = organisations.find((o) => o.id === state.open);
  showPage(
    TITLE,
    heading,
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Een inwoner kan een organisatie toegang geven tot zijn traject. Dat kan alleen bij een organisatie die de gemeente heeft geverifieerd.",
    ),
    problem ? errorBox(problem) : null,
    organisationTable(organisations),
    open ? workersSection(open, workers) : null,
    newOrganisationForm(),
  );
}

function organisationTable(organisations) {
  if (organisations.length === 0) return h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen organisaties.");
  const cell = (...c) => h("td", { class: "utrecht-table__cell" }, ...c);
  const button = (label, ariaLabel, onclick) =>
    h("button", { type: "button", class: "utrecht-button utrecht-button--subtle", "aria-label": ariaLabel, onclick }, label);
  return h(
    "div",
    { class: "werkomgeving-tabel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table", id: "organisaties" },
      h("caption", { class: "utrecht-table__caption" }, "Organisaties"),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          ["Naam", "Geverifieerd", "Acties"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        organisations.map((o) =>
          h(
            "tr",
            { class: "utrecht-table__row", "data-organisatie": o.name },
            h("th", { class: "utrecht-table__header-cell", scope: "row" }, o.name),
            cell(o.verified ? "Ja" : "Nog niet"),
            cell(
              h(
                "div",
                { class: "werkomgeving-knoppen" },
                o.verified
                  ? null
                  : button("Verifiëren", `Verifiëren: ${o.name}`, () =>
                      change("POST", `/support-organisations/${o.id}/verification`, undefined, `${o.name} is geverifieerd. Inwoners kunnen deze organisatie nu toegang geven.`),
                    ),
                button("Medewerkers", `Medewerkers: ${o.name}`, () => {
                  state.open = o.id;
                  state.added = null;
                  showOrganisations();
                }),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function workersSection(organisation, workers) {
  const cell = (...c) => h("td", { class: "utrecht-table__cell" }, ...c);
  const headingId = newId("medewerkers-organisatie");
  return h(
    "section",
    { class: "werkomgeving-kaart werkomgeving-stapel", "aria-labelledby": headingId, id: "organisatie-medewerkers" },
    h("h2", { class: "utrecht-heading-2", id: headingId }, `Medewerkers van ${organisation.name}`),
    state.added
      ? activationLinkBox(
          `${state.added.worker.name} is toegevoegd`,
          `Redzaam mailt deze link naar ${state.added.worker.email}. Je kunt hem ook zelf doorgeven: daarmee kiest de medewerker een wachtwoord.`,
          state.added.activationLink,
          state.added.expiresAt,
        )
      : null,
    workers.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Deze organisatie heeft nog geen medewerkers in Redzaam.")
      : h(
          "div",
          { class: "werkomgeving-tabel" },
          h(
            "table",
            { class: "utrecht-table utrecht-table--html-table" },
            h("caption", { class: "utrecht-table__caption" }, `Medewerkers van ${organisation.name}`),
            h(
              "thead",
              { class: "utrecht-table__header" },
              h(
                "tr",
                { class: "utrecht-table__row" },
                ["Naam", "E-mailadres", "Account", "Actie"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
              ),
            ),
            h(
              "tbody",
              { class: "utrecht-table__body" },
              workers.map((w) =>
                h(
                  "tr",
                  { class: "utrecht-table__row", "data-werker": w.email },
                  h("th", { class: "utrecht-table__header-cell", scope: "row" }, w.name),
                  cell(w.email),
                  cell(w.active ? "Actief" : "Uitgezet"),
                  cell(
                    w.active
                      ? h(
                          "button",
                          {
                            type: "button",
                            class: "utrecht-button utrecht-button--subtle",
                            "aria-label": `Account uitzetten: ${w.name}`,
                            onclick: () =>
                              change(
                                "POST",
                                `/support-organisations/${organisation.id}/workers/${w.id}/deactivation`,
                                undefined,
                                `Het account van ${w.name} is uitgezet.`,
                              ),
                          },
                          "Account uitzetten",
                        )
                      : "",
                  ),
                ),
              ),
            ),
          ),
        ),
    newWorkerForm(organisation),
  );
}

async function change(method, path, body, done) {
  try {
    await api(method, path, body);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showOrganisations(`Dat lukte niet: ${problemText(error)}`);
    return;
  }
  state.added = null;
  await showOrganisations();
  announce(done);
}

/** A form with required text fields; submit gets the trimmed values once all are filled in. */
function simpleForm(headingText, fields, buttonText, submit) {
  const headingId = newId("formulier");
  const errorArea = h("div", {});
  const inputs = fields.map(([name, label, type]) => [textInput(name, type, { autocomplete: "off", required: true }), label]);
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier", "aria-labelledby": headingId, novalidate: true },
    h("h3", { class: "utrecht-heading-3", id: headingId }, headingText),
    inputs.map(([input, label]) => field(label, input)),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, buttonText),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    const missing = inputs.filter(([input]) => input.value.trim() === "");
    for (const [input] of inputs) {
      if (missing.some(([m]) => m === input)) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    if (missing.length > 0) {
      errorArea.append(errorBox(`Vul ${missing.map(([, label]) => label.toLowerCase()).join(" en ")} in.`));
      missing[0][0].focus();
      return;
    }
    try {
      await submit(inputs.map(([input]) => input.value.trim()));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Dat lukte niet: ${problemText(error)}`));
    }
  });
  return form;
}

function newOrganisationForm() {
  return h(
    "section",
    { class: "werkomgeving-kaart" },
    simpleForm("Organisatie toevoegen", [["organisatienaam", "Naam", "text"]], "Organisatie toevoegen", async ([name]) => {
      await api("POST", "/support-organisations", { name });
      await showOrganisations();
      announce(`${name} is toegevoegd. Verifieer de organisatie voordat inwoners haar toegang kunnen geven.`);
    }),
  );
}

function newWorkerForm(organisation) {
  return simpleForm(
    "Medewerker van de organisatie toevoegen",
    [
      ["werkernaam", "Naam", "text"],
      ["werkeremail", "E-mailadres", "email"],
    ],
    "Medewerker toevoegen",
    async ([name, email]) => {
      state.added = await api("POST", `/support-organisations/${organisation.id}/workers`, { name, email });
      await showOrganisations();
      announce(`${name} is toegevoegd. De activatielink staat bovenaan de medewerkers.`);
    },
  );
}
