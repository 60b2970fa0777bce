// The login page: email and password, errors announced and tied to their fields; then, for an
// account with a second factor, the code from the authenticator app (or setting up the app where
// the municipality requires one), and the recovery codes once after setting it up. Where a
// municipality connected its own identity provider, a button per municipality logs in there; the
// provider sends the browser back to #/inloggen?ticket=... (or ?fout=... with the reason).
import {
  api,
  ApiError,
  identityProviders,
  logIn,
  logInSecondStep,
  logInWithTicket,
  startIdentityProviderLogin,
} from "./api.js";
import { errorBox, h, newId, showPage } from "./dom.js";
import { codeError, codeInput, enrolmentBox, recoveryCodesBox } from "./tweedestap.js";
import {
  endSessionAndForget,
  keepOnlyForSamePerson,
  startSession,
  takeReturnTo,
  wasExpired,
} from "./session.js";

// Why a login through the municipality's identity provider did not succeed (IdentityProvidersResource).
const PROVIDER_ERRORS = {
  verlopen: "Het inloggen via je gemeente duurde te lang of is al gebruikt. Probeer het opnieuw.",
  "andere-browser": "Het inloggen via je gemeente is in een andere browser begonnen. Begin opnieuw, hier.",
  gemeente: "Je gemeente heeft het inloggen niet bevestigd. Probeer het opnieuw, of log in met je wachtwoord.",
  onbekend: "Je account bij de gemeente hoort bij geen medewerker in Redzaam. Vraag je beheerder je toe te voegen met hetzelfde e-mailadres.",
  uitgeschakeld: "Je account in Redzaam is uitgezet. Vraag je beheerder wat er aan de hand is.",
};

export function loginPage(params = new URLSearchParams()) {
  const emailId = newId("email");
  const passwordId = newId("wachtwoord");
  const errorArea = h("div", {});
  const ticket = params.get("ticket");
  if (ticket || params.has("fout")) {
    // The ticket works once; it should not stay in the address bar or the history.
    history.replaceState(null, "", "#/inloggen");
  }
  if (params.has("fout")) {
    errorArea.append(errorBox(PROVIDER_ERRORS[params.get("fout")] || PROVIDER_ERRORS.gemeente));
  }
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
  const providerArea = h("section", { class: "werkomgeving-stapel", id: "inloggen-gemeente", "aria-label": "Inloggen via je gemeente" });
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
      const answer = await logIn(email.value.trim(), password.value);
      if (answer.secondFactorDue) {
        secondStepPage(answer.secondFactorDue);
        return;
      }
      await enter(answer, errorArea);
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
      providerArea,
    ),
  );
  if (ticket) {
    enterWithTicket(ticket, errorArea);
  } else {
    showProviders(providerArea, errorArea);
  }
}

async function enterWithTicket(ticket, errorArea) {
  try {
    await enter(await logInWithTicket(ticket), errorArea);
  } catch (error) {
    errorArea.append(errorBox(error instanceof ApiError && error.status === 401 ? PROVIDER_ERRORS.verlopen : loginError(error)));
  }
}

/** One button per municipality with its own identity provider. */
async function showProviders(area, errorArea) {
  const providers = await identityProviders().catch(() => []);
  if (providers.length === 0) return;
  area.append(
    h("h2", { class: "utrecht-heading-2" }, "Of log in via je gemeente"),
    h("p", { class: "utrecht-paragraph" }, "Werkt je gemeente met een eigen inlog? Dan heb je geen wachtwoord voor Redzaam nodig."),
    ...providers.map((provider) => {
      const button = h(
        "button",
        { type: "button", class: "utrecht-button utrecht-button--secondary-action", "data-gemeente": provider.municipalityId },
        `Inloggen via ${provider.municipalityName}`,
      );
      button.addEventListener("click", async () => {
        button.disabled = true;
        errorArea.replaceChildren();
        try {
          const started = await startIdentityProviderLogin(provider.municipalityId);
          location.assign(started.authorizationUrl);
        } catch (error) {
          button.disabled = false;
          errorArea.append(errorBox("De inlog van je gemeente is nu niet bereikbaar. Log in met je wachtwoord, of probeer het later opnieuw."));
        }
      });
      return button;
    }),
  );
}

/** Starts the session, for staff only, and goes where the person was going. */
async function enter(session, errorArea) {
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
}

/** The second step: the app's code; or, where the app must still be set up, the QR code first. */
function secondStepPage(due) {
  const enrolling = Boolean(due.enrolment);
  const title = enrolling ? "Tweestapsverificatie instellen" : "Code uit je app";
  const code = codeInput();
  const errorArea = h("div", {});
  const button = h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, enrolling ? "Instellen en inloggen" : "Inloggen");
  const form = h(
    "form",
    { class: "werkomgeving-stapel", novalidate: true },
    field(enrolling ? "Code uit de app" : "Code uit de app of reservecode", code),
    button,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    code.removeAttribute("aria-invalid");
    if (code.value.trim() === "") {
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Vul de code uit de app in."));
      code.focus();
      return;
    }
    button.disabled = true;
    try {
      const session = await logInSecondStep(due.challenge, code.value.trim());
      if (session.recoveryCodes) {
        recoveryCodesPage(session);
        return;
      }
      await enter(session, errorArea);
    } catch (error) {
      code.value = "";
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(error instanceof ApiError ? codeError(error) : loginError(error)));
      code.focus();
    } finally {
      button.disabled = false;
    }
  });
  showPage(
    title,
    h(
      "div",
      { class: "werkomgeving-smal werkomgeving-stapel" },
      h("h1", { class: "utrecht-heading-1" }, title),
      h(
        "p",
        { class: "utrecht-paragraph" },
        enrolling
          ? "Je gemeente vraagt bij het inloggen een tweede stap: een code uit een app op je telefoon. Stel die app nu één keer in."
          : "Vul de code van zes cijfers in die je authenticator-app nu laat zien. Telefoon kwijt? Gebruik dan een van je reservecodes.",
      ),
      enrolling ? enrolmentBox(due.enrolment) : null,
      errorArea,
      form,
    ),
  );
}

function recoveryCodesPage(session) {
  const errorArea = h("div", {});
  const onward = h("button", { type: "button", class: "utrecht-button utrecht-button--primary-action" }, "Ik heb ze bewaard, verder");
  onward.addEventListener("click", () => enter(session, errorArea));
  showPage(
    "Reservecodes",
    h(
      "div",
      { class: "werkomgeving-smal werkomgeving-stapel" },
      h("h1", { class: "utrecht-heading-1" }, "Tweestapsverificatie staat aan"),
      recoveryCodesBox(session.recoveryCodes),
      errorArea,
      onward,
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
