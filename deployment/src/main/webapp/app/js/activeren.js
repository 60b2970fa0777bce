// Activating the account from the invitation link (#activeren/<token>): choose a password with the
// rules in view, read the privacy statement, accept (POST /activations). The token stays in the
// address after '#', so it never reaches a server log.
import { ApiError, publicPost } from "./api.js";
import { button, errorBox, h, newId, paragraph, showPage, textbox } from "./dom.js";
import { setNotice } from "./sessie.js";
import { t } from "./teksten.js";

const ERRORS = {
  "activation-link-invalid": "linkOngeldig",
  "privacy-statement-not-accepted": "zetVinkje",
  "password-too-short": "wachtwoordTeKort",
  "password-too-long": "wachtwoordTeLang",
  "password-too-easy": "wachtwoordTeMakkelijk",
};

export function activationPage(token) {
  const errorArea = h("div", {});
  const rulesId = newId("regels");
  const password = textbox({
    id: newId("nieuw-wachtwoord"),
    name: "nieuw-wachtwoord",
    type: "password",
    autocomplete: "new-password",
    "aria-required": "true",
    "aria-describedby": rulesId,
  });
  const ruleState = (ok) => h("span", { class: ok ? "app-regel__goed" : "app-regel__nog" }, t(ok ? "regelGoed" : "regelNogNiet"));
  const lengthState = h("span", {}, ruleState(false));
  const maxState = h("span", {}, ruleState(true));
  const rules = h(
    "div",
    { id: rulesId, class: "app-regels" },
    paragraph(t("regelsTitel")),
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      h("li", { class: "utrecht-unordered-list__item" }, t("regelLang"), " ", lengthState),
      h("li", { class: "utrecht-unordered-list__item" }, t("regelNietTeLang"), " ", maxState),
      h("li", { class: "utrecht-unordered-list__item" }, t("regelNietMakkelijk")),
    ),
    paragraph(t("regelTip")),
  );
  password.addEventListener("input", () => {
    lengthState.replaceChildren(ruleState(password.value.length >= 8));
    maxState.replaceChildren(ruleState(password.value.length <= 128));
  });
  const toggle = button(t("toonWachtwoord"), { "aria-controls": password.id, "aria-pressed": "false" }, false);
  toggle.addEventListener("click", () => {
    const show = password.type === "password";
    password.type = show ? "text" : "password";
    toggle.setAttribute("aria-pressed", String(show));
    toggle.textContent = t(show ? "verbergWachtwoord" : "toonWachtwoord");
  });
  const accept = h("input", {
    id: newId("akkoord"),
    name: "akkoord",
    type: "checkbox",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
  });
  const privacyHeadingId = newId("privacy");
  const submit = button(t("activerenKnop"), { type: "submit" });
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true },
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text app-veld" },
      h(
        "p",
        { class: "utrecht-form-field__label" },
        h("label", { class: "utrecht-form-label", for: password.id }, t("nieuwWachtwoord")),
      ),
      rules,
      h("p", { class: "utrecht-form-field__input" }, password),
      h("p", {}, toggle),
    ),
    h(
      "section",
      { class: "app-privacy app-stapel", "aria-labelledby": privacyHeadingId },
      h("h2", { class: "utrecht-heading-2", id: privacyHeadingId }, t("privacyTitel")),
      ["privacy1", "privacy2", "privacy3", "privacy4", "privacy5", "privacy6"].map((k) => paragraph(t(k))),
    ),
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--checkbox app-vinkje" },
      accept,
      h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: accept.id }, t("privacyAkkoord")),
    ),
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    password.removeAttribute("aria-invalid");
    accept.removeAttribute("aria-invalid");
    const local =
      password.value === ""
        ? ["kiesWachtwoord", password]
        : password.value.length < 8
          ? ["wachtwoordTeKort", password]
          : password.value.length > 128
            ? ["wachtwoordTeLang", password]
            : !accept.checked
              ? ["zetVinkje", accept]
              : null;
    if (local) {
      fail(local[0], local[1]);
      return;
    }
    submit.disabled = true;
    try {
      await publicPost("/activations", {
        token,
        password: password.value,
        privacyStatementAccepted: true,
      });
      setNotice("accountKlaar");
      location.hash = "#/inloggen";
    } catch (error) {
      const key = error instanceof ApiError ? ERRORS[error.slug] : null;
      fail(key || "activerenMislukt", key && key.startsWith("wachtwoord") ? password : null);
    } finally {
      submit.disabled = false;
    }
  });

  function fail(key, field) {
    errorArea.replaceChildren(errorBox(t(key)));
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.focus();
    }
  }

  showPage(
    t("activerenTitel"),
    h(
      "div",
      { class: "app-stapel" },
      h("h1", { class: "utrecht-heading-1" }, t("activerenTitel")),
      paragraph(t("activerenUitleg")),
      errorArea,
      form,
    ),
  );
}
