// Shared pieces of the forms: labelled fields, Dutch texts for the API's problems, and the box that
// shows an activation link to pass on.
import { h, newId } from "./dom.js";
import { keepTyped } from "./session.js";
import { dateTimeText } from "./woorden.js";

/** A labelled field; the description, if any, is tied to the input with aria-describedby. */
export function field(label, input, description) {
  const descriptionId = description ? newId("uitleg") : null;
  if (descriptionId) input.setAttribute("aria-describedby", descriptionId);
  return h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text" },
    h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: input.id }, label)),
    description ? h("p", { class: "utrecht-form-field-description", id: descriptionId }, description) : null,
    h("p", { class: "utrecht-form-field__input" }, input),
  );
}

export function textInput(name, type = "text", extra = {}) {
  return h("input", {
    id: newId(name),
    name,
    type,
    class: "utrecht-textbox utrecht-textbox--html-input",
    ...extra,
  });
}

/** A group of checkboxes with a legend; values are the keys of options. */
export function checkboxes(legend, name, options, checked = []) {
  return optionGroup("checkbox", legend, name, options, (value) => checked.includes(value));
}

/** A group of radio buttons with a legend, one chosen; values are the keys of options. */
export function radioGroup(legend, name, options, chosen) {
  return optionGroup("radio", legend, name, options, (value) => value === chosen);
}

function optionGroup(type, legend, name, options, isChosen) {
  const kind = type === "radio" ? "radio-button" : "checkbox";
  return h(
    "fieldset",
    { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset werkomgeving-veldgroep" },
    h("legend", { class: "utrecht-form-label" }, legend),
    h(
      "div",
      { class: "werkomgeving-keuzes werkomgeving-keuzes--onder-elkaar" },
      Object.entries(options).map(([value, label]) => {
        const id = newId(name);
        return h(
          "span",
          { class: "werkomgeving-keuze" },
          h("input", { id, type, name, value, checked: isChosen(value), class: `utrecht-${kind} utrecht-${kind}--html-input` }),
          h("label", { for: id, class: `utrecht-form-label utrecht-form-label--${type}` }, label),
        );
      }),
    ),
  );
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);
}

const PROBLEMS = {
  "issuer-invalid": "Vul bij issuer een volledig webadres in, zoals https://login.gemeente.nl/realms/medewerkers.",
  "issuer-not-https": "De issuer moet beginnen met https://.",
  "claim-invalid": "De claim is één woord, zoals email, preferred_username of upn.",
  "text-required": "Vul alle verplichte velden in.",
  "email-in-use": "Dit e-mailadres hoort al bij iemand anders.",
  "resident-has-running-trajectory": "Deze inwoner heeft al een traject dat nog niet is afgesloten.",
  "coach-required": "Kies minstens één coach.",
  "unknown-coach": "Een gekozen coach is geen actieve coach van de gemeente.",
  "specialist-required": "Dit soort traject heeft een specialist nodig.",
  "staff-member-needs-a-role": "Kies minstens één rol.",
  "outside-organisation-only-for-specialists": "Alleen een specialist kan bij een andere organisatie werken.",
  "administrator-of-outside-organisation": "Een beheerder werkt bij de gemeente zelf, niet bij een andere organisatie.",
  "period-reversed": "De periode eindigt voor ze begint. Kies een einddatum na de begindatum.",
  "period-too-long": "Kies een periode van minder dan tien jaar.",
  "policy-officer-of-outside-organisation": "Een beleidsmedewerker werkt bij de gemeente zelf, niet bij een andere organisatie.",
  "invalid-email": "Dit is geen geldig e-mailadres.",
  "stale-version":
    "Iemand anders heeft dit net gewijzigd. Herlaad de pagina met de knop hieronder: wat je typte blijft staan. Kijk daarna of je wijziging nog klopt en sla opnieuw op.",
  "if-match-required": "Herlaad de pagina met de knop hieronder en probeer het opnieuw: wat je typte blijft staan.",
  "evaluation-not-open": "Deze evaluatie is niet (meer) open. Herlaad de pagina om te zien hoe het nu staat.",
  "closed-trajectory-is-read-only": "Dit traject is afgesloten. Je kunt niets meer wijzigen.",
  "text-required": "Vul eerst de tekst in.",
  "text-too-long": "De tekst is te lang. Maak hem korter en probeer het opnieuw.",
  "growth-plan-from-start-conversation": "Het groeiplan begint bij het startgesprek. Open eerst het startgesprek.",
  "goal-already-achieved": "Dit doel is al behaald.",
  "court-advice-final": "Het advies aan de kantonrechter is definitief. Het verandert niet meer.",
  "court-advice-needs-outcome": "Maak het advies definitief als de eindevaluatie is afgerond en de uitkomst vaststaat.",
  "court-advice-from-final-evaluation": "Het advies aan de kantonrechter schrijf je vanaf de eindevaluatie.",
  "court-advice-only-for-protective-administration": "Alleen een traject beschermingsbewind heeft een advies aan de kantonrechter.",
  "court-advice-not-written": "Schrijf eerst het advies en sla het op. Daarna kun je het definitief maken.",
  "specialist-only": "Alleen de specialist van dit traject kan dit doen.",
  "house-colour-invalid": "Schrijf de kleur als # met zes tekens, bijvoorbeeld #154273.",
  "house-colour-too-light": "Deze kleur is te licht voor tekst op wit. Kies een donkerdere tint.",
  "too-late-to-stop-early": "De eindevaluatie is al begonnen. Eerder stoppen kan niet meer; rond de eindevaluatie af.",
  "not-tailorable": "Opdrachten aanpassen kan alleen tussen het startgesprek en de eindevaluatie.",
  "cannot-skip": "Deze opdracht is goedgekeurd of wacht op je beoordeling. Die kun je niet overslaan.",
  "text-above-b1":
    "Een tekst is te moeilijk voor veel inwoners (boven taalniveau B1). Maak de zinnen korter en gebruik gewone, korte woorden.",
  "week-outside-part":
    "Die week past niet. Een opdracht blijft in zijn deel van het traject: de tussenevaluatie blijft ertussen.",
  "reword-changes-a-text": "Verander de titel of de uitleg, of kies een andere aanpassing.",
  "last-administrator": "De gemeente moet minstens één beheerder houden. Geef eerst iemand anders de rol beheerder.",
  "conversation-in-past": "Dat moment is al voorbij. Kies een datum en tijd later dan nu.",
  "conversation-too-far-ahead": "Dat is meer dan een jaar vooruit. Kijk de datum na.",
  "cannot-deactivate-yourself": "Je kunt je eigen account niet uitzetten. Vraag een andere beheerder.",
};

/**
 * After a 412 on a page that reads again and keeps what was chosen (administration, mail); the
 * trajectory page reloads instead (failureBox).
 */
export const CHANGED_MEANWHILE = "Iemand anders heeft dit net gewijzigd. Je keuze staat er nog: kijk hem na en sla opnieuw op.";

/** Why a change failed, in Dutch: changed meanwhile, or what failed and the API's problem. */
export function changeProblem(error, whatFailed) {
  return error.status === 412 ? CHANGED_MEANWHILE : `${whatFailed}: ${problemText(error)}`;
}

/** True for a 412: someone else changed the trajectory since this page was loaded. */
export function isStale(error) {
  return error.status === 412 || error.status === 428;
}

/** The API's problem in Dutch where we know it; otherwise its own text. */
export function problemText(error) {
  const slug = (error.problem?.type || "").replace("urn:redzaam:problem:", "");
  return PROBLEMS[slug] || error.message;
}

/** The activation link to pass on, in a read-only field that is easy to select and copy. */
export function activationLinkBox(heading, explanation, link, expiresAt) {
  const input = textInput("activatielink", "text", { readonly: true, value: link });
  input.classList.add("werkomgeving-link-veld");
  return h(
    "section",
    { class: "utrecht-alert utrecht-alert--ok", "aria-label": heading, id: "activatie" },
    // One child: the alert lays its children out side by side (icon and message).
    h(
      "div",
      { class: "werkomgeving-stapel werkomgeving-vol" },
      h("h2", { class: "utrecht-heading-2" }, heading),
      h(
        "p",
        { class: "utrecht-paragraph" },
        `${explanation} De link werkt één keer, tot ${dateTimeText(expiresAt)}.`,
      ),
      field("Activatielink", input),
    ),
  );
}

/**
 * The error after a failed change, in Dutch, saying what to do. After a 412 it offers to reload the
 * page; what was typed stays (the fields keep it in sessionStorage).
 */
export function failureBox(error, whatFailed, reloadPage) {
  const text = isStale(error) ? PROBLEMS["stale-version"] : `${whatFailed}: ${problemText(error)}`;
  return h(
    "div",
    { class: "utrecht-alert utrecht-alert--error", role: "alert" },
    h(
      "div",
      { class: "werkomgeving-stapel werkomgeving-vol" },
      h("p", { class: "utrecht-paragraph" }, text),
      isStale(error) && reloadPage
        ? h(
            "button",
            { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => reloadPage() },
            "Herlaad de pagina",
          )
        : null,
    ),
  );
}

/** A labelled textarea whose text is kept under key until it is sent. */
export function keptTextarea(name, key, rows = 3, value = "") {
  const area = h("textarea", {
    id: newId(name),
    name,
    rows,
    class: "utrecht-textarea utrecht-textarea--html-textarea",
  });
  area.value = value;
  return keepTyped(area, key);
}

/** A select of options (value → label), its choice kept under key. */
export function keptSelect(name, key, options, chosen = "") {
  return keepTyped(selectField(name, options, chosen), key);
}

/** A select of options (value to label) with one chosen. */
export function selectField(name, options, chosen = "") {
  return h(
    "select",
    { id: newId(name), name, class: "utrecht-select utrecht-select--html-select" },
    Object.entries(options).map(([value, label]) => h("option", { value, selected: value === chosen }, label)),
  );
}

/** Radio buttons with a legend; each option may carry an explanation under its label. */
export function radios(legend, name, key, options) {
  return h(
    "fieldset",
    { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset werkomgeving-veldgroep" },
    h("legend", { class: "utrecht-form-label" }, legend),
    h(
      "div",
      { class: "werkomgeving-keuzes werkomgeving-keuzes--onder-elkaar" },
      Object.entries(options).map(([value, option]) => {
        const id = newId(name);
        const hintId = option.meaning ? newId(`${name}-uitleg`) : null;
        return h(
          "div",
          { class: "werkomgeving-keuze-met-uitleg" },
          h(
            "span",
            { class: "werkomgeving-keuze" },
            keepTyped(
              h("input", {
                id,
                type: "radio",
                name,
                value,
                class: "utrecht-radio-button utrecht-radio-button--html-input",
                "aria-describedby": hintId,
              }),
              `${key}.${value}`,
            ),
            h("label", { for: id, class: "utrecht-form-label utrecht-form-label--radio" }, option.name),
          ),
          option.meaning ? h("p", { class: "utrecht-form-field-description werkomgeving-uitleg", id: hintId }, option.meaning) : null,
        );
      }),
    ),
  );
}
