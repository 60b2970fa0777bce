// "Berichten met je coach": the conversation, oldest first (GET .../messages, newest 100), a form to
// send one (POST .../messages) and, once the page shows the coach's new messages, marking them read
// (POST .../message-readings up to the newest one). Listing marks nothing by itself, so the
// resident's "Nieuw" stays visible on this visit and the coach sees "gelezen" only when she opened
// the page.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { unreadMessages } from "./woorden.js";

const PAGE_SIZE = 100;

export async function messagesPage() {
  const { trajectoryId } = currentSession();
  const path = `/trajectories/${trajectoryId}/messages`;
  const title = h("h1", { class: "utrecht-heading-1" }, t("berichtenTitel"));
  showPage(t("berichtenTitel"), backLink(), title, paragraph(t("laden")));
  let page;
  try {
    page = await api("GET", `${path}?pageSize=${PAGE_SIZE}`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("berichtenTitel"), backLink(), title, errorBox(t("foutAlgemeen")));
    return;
  }
  const list = h("ol", { class: "app-berichten", id: "berichten", "aria-labelledby": "gesprek-lijst-kop" });
  const listHeading = h("h2", { class: "utrecht-heading-2", id: "gesprek-lijst-kop" }, t("berichtenTitel"));
  listHeading.classList.add("app-visually-hidden");
  const empty = paragraph(t("geenBerichten"), { id: "geen-berichten" });
  const render = (items, unreadIds) => {
    empty.hidden = items.length > 0;
    list.replaceChildren(...items.slice().reverse().map((m) => messageItem(m, unreadIds.has(m.id))));
  };
  const unread = unreadMessages(page.items);
  const unreadIds = new Set(unread.map((m) => m.id));
  render(page.items, unreadIds);

  const content = [backLink(), title, paragraph(t("berichtenUitleg")), listHeading, empty, list, sendForm(path, render, unreadIds)];
  showPage(t("berichtenTitel"), content);
  // The newest message is the last one shown: take the page to it, as a chat app does.
  list.lastElementChild?.scrollIntoView({ block: "nearest" });
  if (unread.length > 0) {
    try {
      // The newest unread one: every message up to it (by sending time) is marked read.
      await api("POST", `/trajectories/${trajectoryId}/message-readings`, { upToMessageId: unread[0].id });
      announce(t("berichtenGelezen"));
    } catch {
      // Not marked read: the coach still sees them as unread; nothing the resident must do.
    }
  }
}

function messageItem(message, isNew) {
  const mine = message.authorKind === "RESIDENT";
  const at = new Date(message.sentAt);
  const sameYear = at.getFullYear() === new Date().getFullYear();
  const datum = at.toLocaleDateString("nl-NL", { day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) });
  const tijd = at.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
  const readByCoach = mine && message.readBy.some((r) => r.readerKind === "STAFF");
  return h(
    "li",
    { class: `app-bericht app-bericht--${mine ? "jij" : "coach"}`, "data-bericht": message.id },
    h(
      "p",
      { class: "utrecht-paragraph app-bericht__wie" },
      t("berichtVan", { wie: t(mine ? "berichtJij" : "berichtCoach"), datum, tijd }),
      isNew ? h("span", { class: "app-nieuw" }, " ", t("berichtNieuw")) : null,
    ),
    paragraph(message.text, { class: "utrecht-paragraph app-bericht__tekst" }),
    readByCoach ? paragraph(t("berichtGelezen"), { class: "utrecht-paragraph app-bericht__gelezen" }) : null,
  );
}

function sendForm(path, render, unreadIds) {
  const id = newId("bericht");
  const errorId = newId("fout");
  const text = h("textarea", {
    id,
    name: "bericht",
    rows: 4,
    class: "utrecht-textarea utrecht-textarea--html-textarea",
    "aria-describedby": errorId,
  });
  const error = h("p", { class: "utrecht-form-field-error-message app-fout", id: errorId, hidden: true });
  const feedback = h("div", {});
  const send = button(t("berichtVersturen"), { type: "submit" });
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true, id: "bericht-formulier" },
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--text" },
      h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, t("berichtVeld"))),
      error,
      h("p", { class: "utrecht-form-field__input" }, text),
    ),
    feedback,
    send,
  );
  const showError = (key) => {
    error.textContent = t(key);
    error.hidden = false;
    text.setAttribute("aria-invalid", "true");
    text.focus();
  };
  text.addEventListener("input", () => {
    if (!error.hidden && text.value.trim() !== "") {
      error.hidden = true;
      text.removeAttribute("aria-invalid");
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    if (text.value.trim() === "") return showError("vulBerichtIn");
    if (text.value.trim().length > 4000) return showError("tekstTeLang");
    send.disabled = true;
    try {
      await api("POST", path, { text: text.value });
      const page = await api("GET", `${path}?pageSize=${PAGE_SIZE}`);
      render(page.items, unreadIds);
      text.value = "";
      feedback.append(notice("ok", t("berichtVerstuurd")));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const closed = error instanceof ApiError && error.status === 409;
      feedback.append(errorBox(t(closed ? "berichtenDicht" : "foutAlgemeen")));
    } finally {
      send.disabled = false;
    }
  });
  return form;
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
