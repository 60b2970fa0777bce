// The element builder of the work environment (text is always set as text, never as HTML), plus
// what the app does differently: its page titles and a field wrapper with hint and error.
import { announce, errorBox, h, newId } from "/werkomgeving/js/dom.js";
import { t } from "./teksten.js";

export { announce, errorBox, h, newId };

/** Replaces the main content, sets the page title and moves focus to the page for screen readers. */
export function showPage(title, ...content) {
  document.title = `${title} - ${t("appNaam")}`;
  const main = document.getElementById("inhoud");
  main.replaceChildren(...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  main.focus();
  window.scrollTo(0, 0);
}

export function paragraph(text, attributes = {}) {
  return h("p", { class: "utrecht-paragraph", ...attributes }, text);
}

export function notice(kind, text) {
  return h(
    "div",
    { class: `utrecht-alert utrecht-alert--${kind}`, role: kind === "error" ? "alert" : "status" },
    paragraph(text),
  );
}

/** A labelled text field; hint and error are tied to the input with aria-describedby. */
export function textField(label, input, hint) {
  const hintId = hint ? newId("hint") : null;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text app-veld" },
    h(
      "p",
      { class: "utrecht-form-field__label" },
      h("label", { class: "utrecht-form-label", for: input.id }, label),
    ),
    hint ? h("p", { class: "utrecht-form-field__description", id: hintId }, hint) : null,
    h("p", { class: "utrecht-form-field__input" }, input),
  );
}

export function textbox(attributes) {
  return h("input", { class: "utrecht-textbox utrecht-textbox--html-input", ...attributes });
}

export function button(text, attributes = {}, primary = true) {
  const kind = primary ? "primary-action" : "secondary-action";
  return h("button", { type: "button", class: `utrecht-button utrecht-button--${kind}`, ...attributes }, text);
}
