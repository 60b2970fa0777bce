// The administrator's staff page: the municipality's staff members (GET /staff-members), adding
// one (POST /staff-members) with the activation link, changing roles (PUT .../roles with If-Match)
// switching an account off (POST .../deactivation) and resetting a colleague's second factor
// (DELETE .../second-factor).
import { api, apiVersioned, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { activationLinkBox, changeProblem, checkboxes, checkedValues, field, problemText, textInput } from "./formulier.js";
import { ROLE } from "./woorden.js";

export function staffPage() {
  return showStaff(null);
}

/**
 * The list, with the activation link of the colleague just added (if any) at the top, or the
 * form for one colleague's roles or account ({member, action: "rollen" | "uitzetten", problem}).
 */
async function showStaff(added, editing = null) {
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
          `Redzaam mailt deze link naar ${added.staffMember.email}. Je kunt hem ook zelf doorgeven: daarmee kiest de nieuwe collega een wachtwoord.`,
          added.activationLink,
          added.expiresAt,
        )
      : null,
    editing ? editCard(editing) : null,
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
          ["Naam", "E-mailadres", "Rollen", "Organisatie", "Account", "Acties"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
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
            cell(
              s.active
                ? h(
                    "div",
                    { class: "werkomgeving-knoppen" },
                    rowButton("Rollen", `Rollen: ${s.name}`, () => editRoles(s.id)),
                    rowButton("Uitzetten", `Uitzetten: ${s.name}`, () => showStaff(null, { member: s, action: "uitzetten" })),
                    rowButton("Tweede stap resetten", `Tweede stap resetten: ${s.name}`, () => showStaff(null, { member: s, action: "tweede-stap" })),
                  )
                : "",
            ),
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

function confirmCard(headingText, explanation, confirmText, errorArea, cancel, onclick) {
  return h(
    "section",
    { class: "werkomgeving-kaart werkomgeving-stapel", "aria-labelledby": "bewerken-kop", id: "bewerken" },
    h("h2", { class: "utrecht-heading-2", id: "bewerken-kop" }, headingText),
    h("p", { class: "utrecht-paragraph" }, explanation),
    errorArea,
    h("div", { class: "werkomgeving-knoppen" }, h("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", onclick }, confirmText), cancel),
  );
}

function rowButton(label, ariaLabel, onclick) {
  return h("button", { type: "button", class: "utrecht-button utrecht-button--subtle", "aria-label": ariaLabel, onclick }, label);
}

/** Reads the colleague with its version, so that saving never overwrites a change made since. */
async function editRoles(id, problem, roles) {
  let read;
  try {
    read = await apiVersioned("GET", `/staff-members/${id}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showStaff(null);
    return;
  }
  showStaff(null, { member: read.data, etag: read.etag, action: "rollen", problem, roles });
}

function editCard({ member, etag, action, problem, roles }) {
  const headingText =
    action === "rollen" ? `Rollen van ${member.name}` : action === "tweede-stap" ? `Tweede stap van ${member.name} resetten` : `Account van ${member.name} uitzetten`;
  const cancel = h("button", { type: "button", class: "utrecht-button utrecht-button--subtle", onclick: () => showStaff(null) }, "Annuleren");
  const errorArea = h("div", {}, problem ? errorBox(problem) : null);
  if (action === "tweede-stap") {
    return confirmCard(
      headingText,
      `Doe dit alleen als ${member.name} de telefoon met de app én de reservecodes kwijt is, en je zeker weet dat het deze collega is. Alle sessies van ${member.name} stoppen. Bij de volgende keer inloggen stelt ${member.name} een nieuwe app in. Dit komt in het toegangslog.`,
      "Ja, tweede stap resetten",
      errorArea,
      cancel,
      async () => {
        try {
          await api("DELETE", `/staff-members/${member.id}/second-factor`);
        } catch (error) {
          if (error instanceof SessionEnded) return;
          showStaff(null, { member, action, problem: changeProblem(error, "Resetten lukte niet") });
          return;
        }
        await showStaff(null);
        announce(`De tweede stap van ${member.name} is gereset.`);
      },
    );
  }
  if (action === "uitzetten") {
    return h(
      "section",
      { class: "werkomgeving-kaart werkomgeving-stapel", "aria-labelledby": "bewerken-kop", id: "bewerken" },
      h("h2", { class: "utrecht-heading-2", id: "bewerken-kop" }, headingText),
      h("p", { class: "utrecht-paragraph" }, `${member.name} kan daarna niet meer inloggen. Wie nu is ingelogd, wordt meteen uitgelogd. Trajecten van deze collega blijven bestaan.`),
      errorArea,
      h(
        "div",
        { class: "werkomgeving-knoppen" },
        h(
          "button",
          {
            type: "button",
            class: "utrecht-button utrecht-button--primary-action",
            onclick: async () => {
              try {
                await api("POST", `/staff-members/${member.id}/deactivation`);
              } catch (error) {
                if (error instanceof SessionEnded) return;
                showStaff(null, { member, action, problem: changeProblem(error, "Uitzetten lukte niet") });
                return;
              }
              await showStaff(null);
              announce(`Het account van ${member.name} is uitgezet.`);
            },
          },
          "Ja, account uitzetten",
        ),
        cancel,
      ),
    );
  }
  const form = h(
    "form",
    { class: "werkomgeving-kaart werkomgeving-stapel werkomgeving-formulier", "aria-labelledby": "bewerken-kop", id: "bewerken", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "bewerken-kop" }, headingText),
    checkboxes("Rollen", "nieuwe-rol", ROLE, roles || member.roles),
    errorArea,
    h("div", { class: "werkomgeving-knoppen" }, h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Rollen opslaan"), cancel),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = checkedValues(form, "nieuwe-rol");
    if (chosen.length === 0) {
      showStaff(null, { member, etag, action, roles: chosen, problem: "Kies minstens één rol." });
      return;
    }
    try {
      await apiVersioned("PUT", `/staff-members/${member.id}/roles`, { roles: chosen }, etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      // Read again (a 412 means someone changed the colleague); what was chosen stays chosen.
      editRoles(member.id, changeProblem(error, "Opslaan lukte niet"), chosen);
      return;
    }
    await showStaff(null);
    announce(`De rollen van ${member.name} zijn opgeslagen.`);
  });
  return form;
}
