// Shared pieces of the forms: labelled fields, Dutch texts for the API's problems, and the box that
// shows an activation link to pass on.
import { h, newId } from "./dom.js";
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
          h("input", {
            id,
            type: "checkbox",
            name,
            value,
            class: "utrecht-checkbox utrecht-checkbox--html-input",
            checked: checked.includes(value),
          }),
          h("label", { for: id, class: "utrecht-form-label utrecht-form-label--checkbox" }, label),
        );
      }),
    ),
  );
}

export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);
}

const PROBLEMS = {
  "email-in-use": "Dit e-mailadres hoort al bij iemand anders.",
  "resident-has-running-trajectory": "Deze inwoner heeft al een traject dat nog niet is afgesloten.",
  "coach-required": "Kies minstens één coach.",
  "unknown-coach": "Een gekozen coach is geen actieve coach van de gemeente.",
  "specialist-required": "Dit soort traject heeft een specialist nodig.",
  "staff-member-needs-a-role": "Kies minstens één rol.",
  "outside-organisation-only-for-specialists": "Alleen een specialist kan bij een andere organisatie werken.",
  "administrator-of-outside-organisation": "Een beheerder werkt bij de gemeente zelf, niet bij een andere organisatie.",
  "invalid-email": "Dit is geen geldig e-mailadres.",
};

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
