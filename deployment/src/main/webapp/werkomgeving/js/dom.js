// A small element builder: text is always set as text (no innerHTML), so data from the API cannot
// inject markup.

/** h("p", {class: "x"}, "text", child) creates an element; null/false children are left out. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces the main content, sets the page title and moves focus to the page for screen readers. */
export function showPage(title, ...content) {
  document.title = `${title} - Redzaam werkomgeving`;
  const main = document.getElementById("inhoud");
  main.replaceChildren(...content.flat().filter((c) => c !== null && c !== undefined && c !== false));
  main.focus();
}

/** A short confirmation read out by screen readers (the live region in index.html). */
export function announce(text) {
  const region = document.getElementById("melding");
  region.textContent = "";
  setTimeout(() => (region.textContent = text), 50);
}

/** An error box that is read out at once. */
export function errorBox(text) {
  return h(
    "div",
    { class: "utrecht-alert utrecht-alert--error", role: "alert" },
    h("p", { class: "utrecht-paragraph" }, text),
  );
}

let fieldCount = 0;

/** A unique id for label/field pairs. */
export function newId(prefix) {
  fieldCount += 1;
  return `${prefix}-${fieldCount}`;
}
