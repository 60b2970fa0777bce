// The staff member's own account (#/account): tweestapsverificatie on or off, new recovery codes
// (GET/POST /me/second-factor ...). Every change asks for a current code from the app.
import { api, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { field } from "./formulier.js";
import { codeError, codeInput, enrolmentBox, recoveryCodesBox } from "./tweedestap.js";

const TITLE = "Mijn account";

export async function accountPage() {
  return showAccount();
}

async function showAccount(extra) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let status;
  try {
    status = await api("GET", "/me/second-factor");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`Je account kon niet worden geladen: ${error.message}`));
    return;
  }
  const on = status.state === "ON";
  const card = h(
    "section",
    { class: "werkomgeving-kaart werkomgeving-stapel", "aria-labelledby": "tweede-stap-kop", id: "tweede-stap" },
    h("h2", { class: "utrecht-heading-2", id: "tweede-stap-kop" }, "Tweestapsverificatie"),
    h(
      "p",
      { class: "utrecht-paragraph", id: "tweede-stap-status" },
      on
        ? `Staat aan. Bij het inloggen vul je ook een code uit je app in. Je hebt nog ${status.unusedRecoveryCodes} reservecodes.`
        : "Staat uit. Met een code uit een app op je telefoon kan niemand inloggen met alleen je wachtwoord.",
    ),
    status.required ? h("p", { class: "utrecht-paragraph" }, "Je gemeente vraagt dit voor jouw account; je kunt het niet uitzetten.") : null,
    extra || null,
    extra ? null : on ? onButtons(status) : h("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", onclick: startEnrolment }, "Tweestapsverificatie aanzetten"),
  );
  showPage(TITLE, heading, card);
}

function onButtons(status) {
  return h(
    "div",
    { class: "werkomgeving-knoppen" },
    h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => showAccount(codeForm("Nieuwe reservecodes maken", "/me/second-factor/recovery-codes")) }, "Nieuwe reservecodes"),
    status.required ? null : h("button", { type: "button", class: "utrecht-button utrecht-button--subtle", onclick: () => showAccount(codeForm("Tweestapsverificatie uitzetten", "/me/second-factor/deactivation")) }, "Uitzetten"),
  );
}

async function startEnrolment() {
  let enrolment;
  try {
    enrolment = await api("POST", "/me/second-factor");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showAccount(errorBox(codeError(error)));
    return;
  }
  showAccount(h("div", { class: "werkomgeving-stapel" }, enrolmentBox(enrolment), codeForm("Aanzetten", "/me/second-factor/confirmation")));
}

/** A form that sends a code from the app to path; answers with recovery codes or nothing. */
function codeForm(buttonText, path) {
  const code = codeInput();
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier", novalidate: true },
    field("Code uit de app", code),
    errorArea,
    h(
      "div",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, buttonText),
      h("button", { type: "button", class: "utrecht-button utrecht-button--subtle", onclick: () => showAccount() }, "Annuleren"),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (code.value.trim() === "") {
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Vul de code uit de app in."));
      code.focus();
      return;
    }
    let answer;
    try {
      answer = await api("POST", path, { code: code.value.trim() });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      code.value = "";
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(codeError(error)));
      code.focus();
      return;
    }
    if (answer?.recoveryCodes) {
      await showAccount(recoveryCodesBox(answer.recoveryCodes));
      announce("Gelukt. Bewaar je reservecodes.");
    } else {
      await showAccount();
      announce("Tweestapsverificatie staat uit.");
    }
  });
  return form;
}
