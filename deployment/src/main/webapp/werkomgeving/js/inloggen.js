// The login page: email and password, errors announced and tied to their fields.
import { api, ApiError, logIn } from "./api.js";
import { errorBox, h, newId, showPage } from "./dom.js";
import {
  endSessionAndForget,
  keepOnlyForSamePerson,
  startSession,
  takeReturnTo,
  wasExpired,
} from "./session.js";

export function loginPage() {
  const emailId = newId("email");
  const passwordId = newId("wachtwoord");
  const errorArea = h("div", {});
  if (wasExpired()) {
    errorArea.append(
      h(
        "div",
        { class: "utrecht-alert utrecht-alert--warning", role: "alert" },
        h(
          "p",
          { class: "utrecht-paragraph" },
          "Je sessie is verlopen. Log opnieuw in; wat je had getypt, staat er daarna nog.",
        ),
      ),
    );
  }
  const email = h("input", {
    id: emailId,
    name: "email",
    type: "email",
    autocomplete: "username",
    class: "utrecht-textbox utrecht-textbox--html-input",
    "aria-required": "true",
  });
  const password = h("input", {
    id: passwordId,
    name: "wachtwoord",
    type: "password",
    autocomplete: "current-password",
    class: "utrecht-textbox utrecht-textbox--html-input",
    "aria-required": "true",
  });
  const button = h(
    "button",
    { type: "submit", class: "utrecht-button utrecht-button--primary-action" },
    "Inloggen",
  );
  const form = h(
    "form",
    { class: "werkomgeving-stapel", novalidate: true },
    field("E-mailadres", email),
    field("Wachtwoord", password),
    button,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    for (const input of [email, password]) input.removeAttribute("aria-invalid");
    const missing = [email, password].filter((input) => input.value.trim() === "");
    if (missing.length > 0) {
      for (const input of missing) input.setAttribute("aria-invalid", "true");
      errorArea.append(
        errorBox(missing[0] === email ? "Vul je e-mailadres in." : "Vul je wachtwoord in."),
      );
      missing[0].focus();
      return;
    }
    button.disabled = true;
    try {
      const session = await logIn(email.value.trim(), password.value);
      startSession(session.token, session.expiresAt, null);
      const me = await api("GET", "/me");
      if (me.kind !== "STAFF") {
        await api("DELETE", "/sessions/current").catch(() => {});
        endSessionAndForget();
        errorArea.append(errorBox("Deze werkomgeving is voor medewerkers van de gemeente."));
        return;
      }
      keepOnlyForSamePerson(me.id);
      startSession(session.token, session.expiresAt, me);
      location.hash = takeReturnTo() || "#/werk";
    } catch (error) {
      password.value = "";
      errorArea.append(errorBox(loginError(error)));
      email.focus();
    } finally {
      button.disabled = false;
    }
  });
  showPage(
    "Inloggen",
    h(
      "div",
      { class: "werkomgeving-smal werkomgeving-stapel" },
      h("h1", { class: "utrecht-heading-1" }, "Inloggen"),
      h(
        "p",
        { class: "utrecht-paragraph" },
        "Log in met het e-mailadres en wachtwoord van je account bij de gemeente.",
      ),
      errorArea,
      form,
    ),
  );
}

function loginError(error) {
  if (error instanceof ApiError && error.status === 401) {
    return "Het e-mailadres of het wachtwoord klopt niet.";
  }
  if (error instanceof ApiError && error.status === 429) {
    return "Te vaak een verkeerd wachtwoord. Wacht een kwartier en probeer het dan opnieuw.";
  }
  return "Inloggen lukt nu niet. Probeer het later opnieuw.";
}

function field(label, input) {
  return h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text" },
    h(
      "p",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: input.id }, label),
    ),
    h("p", { class: "utrecht-form-field__input" }, input),
  );
}
