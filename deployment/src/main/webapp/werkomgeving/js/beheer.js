// The administrator's staff page: the municipality's staff members (GET /staff-members) and adding
// one (POST /staff-members) with the activation link to pass on.
import { api, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { activationLinkBox, checkboxes, checkedValues, field, problemText, textInput } from "./formulier.js";
import { ROLE } from "./woorden.js";

export function staffPage() {
  return showStaff(null);
}

/** The list, with the activation link of the colleague just added (if any) at the top. */
async function showStaff(added) {
  const title = "Medewerkers";
  const heading = h("h1", { class: "utrecht-heading-1" }, title);
  let staff;
  try {
    staff = await api("GET", "/staff-members?pageSize=100");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(title, heading, errorBox(`De medewerkers konden niet worden geladen: ${error.message}`));
    return;
  }
  showPage(
    title,
    heading,
    added
      ? activationLinkBox(
          `${added.staffMember.name} is toegevoegd`,
          `Geef deze link door aan ${added.staffMember.name}: daarmee kiest de nieuwe collega een wachtwoord. De werkomgeving mailt de link nog niet.`,
          added.activationLink,
          added.expiresAt,
        )
      : null,
    staffTable(staff),
    staff.totalItems > staff.items.length
      ? h("p", { class: "utrecht-paragraph" }, `Hier staan de eerste ${staff.items.length} van ${staff.totalItems} medewerkers.`)
      : null,
    addForm(),
  );
  if (added) announce(`${added.staffMember.name} is toegevoegd. De activatielink staat bovenaan.`);
}

function staffTable(staff) {
  const cell = (...c) => h("td", { class: "utrecht-table__cell" }, ...c);
  return h(
    "div",
    { class: "werkomgeving-tabel" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table", id: "medewerkers" },
      h("caption", { class: "utrecht-table__caption" }, staff.totalItems === 1 ? "1 medewerker" : `${staff.totalItems} medewerkers`),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h(
          "tr",
          { class: "utrecht-table__row" },
          ["Naam", "E-mailadres", "Rollen", "Organisatie", "Account"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
        ),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        staff.items.map((s) =>
          h(
            "tr",
            { class: "utrecht-table__row", "data-medewerker": s.email },
            h("th", { class: "utrecht-table__header-cell", scope: "row" }, s.name),
            cell(s.email),
            cell(s.roles.map((r) => ROLE[r] || r).join(", ")),
            cell(s.organisation || "Gemeente"),
            cell(s.active ? "Actief" : "Uitgezet"),
          ),
        ),
      ),
    ),
  );
}

function addForm() {
  const name = textInput("naam", "text", { autocomplete: "off", required: true });
  const email = textInput("email", "email", { autocomplete: "off", required: true });
  const organisation = textInput("organisatie", "text", { autocomplete: "off" });
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "toevoegen-kop", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "toevoegen-kop" }, "Medewerker toevoegen"),
    field("Naam", name),
    field("E-mailadres", email),
    checkboxes("Rollen", "rol", ROLE, ["COACH"]),
    field("Organisatie", organisation, "Alleen invullen voor een specialist die bij een andere organisatie werkt."),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Medewerker toevoegen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    for (const input of [name, email]) input.removeAttribute("aria-invalid");
    const missing = [
      [name, "de naam"],
      [email, "het e-mailadres"],
    ].filter(([input]) => input.value.trim() === "");
    for (const [input] of missing) input.setAttribute("aria-invalid", "true");
    const roles = checkedValues(form, "rol");
    const problems = [];
    if (missing.length > 0) problems.push(`Vul ${missing.map(([, what]) => what).join(" en ")} in.`);
    if (roles.length === 0) problems.push("Kies minstens één rol.");
    if (problems.length > 0) {
      errorArea.append(errorBox(problems.join(" ")));
      (missing[0]?.[0] || form.querySelector("input[name=rol]")).focus();
      return;
    }
    let created;
    try {
      created = await api("POST", "/staff-members", {
        name: name.value.trim(),
        email: email.value.trim(),
        roles,
        organisation: organisation.value.trim() || null,
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Toevoegen lukte niet: ${problemText(error)}`));
      return;
    }
    showStaff(created);
  });
  return form;
}
