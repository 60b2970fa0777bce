// The second login step (a code from an authenticator app): the pieces the login page and the
// account page share — the QR code with the secret as text, the code field, the recovery codes.
import { h } from "./dom.js";
import { textInput } from "./formulier.js";

/** The secret in groups of four, easier to type over into an app. */
function grouped(secret) {
  return secret.match(/.{1,4}/g).join(" ");
}

export function enrolmentBox(enrolment) {
  return h(
    "div",
    { class: "werkomgeving-stapel", id: "app-instellen" },
    h(
      "ol",
      { class: "utrecht-ordered-list" },
      h("li", { class: "utrecht-ordered-list__item" }, "Open een authenticator-app op je telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP."),
      h("li", { class: "utrecht-ordered-list__item" }, "Scan de QR-code. Lukt scannen niet? Typ dan de sleutel hieronder over."),
      h("li", { class: "utrecht-ordered-list__item" }, "Vul de code van zes cijfers in die de app laat zien."),
    ),
    h("img", { src: enrolment.qrCode, alt: "QR-code om Redzaam aan je authenticator-app toe te voegen", width: 200, height: 200, class: "werkomgeving-qr" }),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Sleutel: ",
      h("code", { id: "app-sleutel", "data-sleutel": enrolment.secret }, grouped(enrolment.secret)),
    ),
  );
}

export function codeInput(name = "code") {
  return textInput(name, "text", {
    inputmode: "numeric",
    autocomplete: "one-time-code",
    "aria-required": "true",
    maxlength: 20,
  });
}

export function recoveryCodesBox(codes) {
  return h(
    "div",
    { class: "werkomgeving-stapel werkomgeving-kaart", id: "herstelcodes" },
    h("h2", { class: "utrecht-heading-2" }, "Bewaar je reservecodes"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Ben je je telefoon kwijt? Log dan in met een van deze codes in plaats van de code uit de app. Elke code werkt één keer. Bewaar ze op een veilige plek, bijvoorbeeld in een wachtwoordkluis. Je ziet ze maar één keer.",
    ),
    h("ul", { class: "utrecht-unordered-list werkomgeving-codes" }, codes.map((code) => h("li", { class: "utrecht-unordered-list__item" }, h("code", {}, code)))),
  );
}

/** Dutch for a failed code, by the API's problem. */
export function codeError(error) {
  if (error?.status === 429) return "Te vaak een verkeerde code. Wacht een kwartier en probeer het dan opnieuw.";
  if (error?.status === 401 && /expired/.test(error.problem?.detail || "")) return "Het inloggen duurde te lang. Log opnieuw in met je wachtwoord.";
  if (error?.status === 401 || error?.problem?.type === "urn:redzaam:problem:second-factor-code-wrong") {
    return "De code klopt niet of is al gebruikt. Vul de nieuwe code uit de app in.";
  }
  return "Dat lukte nu niet. Probeer het later opnieuw.";
}
