// "Berichten met je coach": the conversation, oldest first (GET .../messages, newest 100), a form to
// send one (POST .../messages) and, once the page shows the coach's new messages, marking them read
// (POST .../message-readings up to the newest one). Listing marks nothing by itself, so the
// resident's "Nieuw" stays visible on this visit and the coach sees "gelezen" only when she opened
// the page. While the page is open, the coach's new messages are added as they come (polling), are
// announced and marked read the same way; the list only grows, so the form and her typing stay.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { unreadMessages } from "./woorden.js";

const PAGE_SIZE = 100;
// While the page is open and visible, new messages are fetched about every 30 seconds. Each poll
// is a request, which keeps the session alive: after 10 minutes without the resident touching the
// page polling pauses (until she does), so the 30-minute idle timeout still ends a forgotten session.
const POLL_MS = 30_000;
const POLL_SIZE = 20;
const IDLE_MS = 10 * 60_000;

/** Stops the polling of the page shown last (if any): one poller at a time. */
let stopPolling = () => {};

export async function messagesPage() {
  stopPolling();
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
  // She may have left while the list was loading.
  if (!onThisPage()) return;
  const list = h("ol", { class: "app-berichten", id: "berichten", "aria-labelledby": "gesprek-lijst-kop" });
  const listHeading = h("h2", { class: "utrecht-heading-2", id: "gesprek-lijst-kop" }, t("berichtenTitel"));
  listHeading.classList.add("app-visually-hidden");
  const empty = paragraph(t("geenBerichten"), { id: "geen-berichten" });
  const view = conversation(list, empty);
  const unread = unreadMessages(page.items);
  view.add(page.items, new Set(unread.map((m) => m.id)));

  /**
   * Takes in a fresh page of messages (after a poll or after sending): only what is not shown yet
   * is added; the coach's new ones are announced and marked read, as opening the page does.
   */
  const takeIn = async (items) => {
    const fresh = view.add(items, null);
    const fromCoach = fresh.filter((m) => m.authorKind !== "RESIDENT");
    if (fromCoach.length === 0) return;
    announce(fromCoach.length === 1 ? t("nieuwBerichtCoach") : t("nieuweBerichtenCoach", { aantal: fromCoach.length }));
    await markRead(trajectoryId, fromCoach[fromCoach.length - 1].id);
  };

  const content = [backLink(), title, paragraph(t("berichtenUitleg")), listHeading, empty, list, sendForm(path, takeIn)];
  showPage(t("berichtenTitel"), content);
  // The newest message is the last one shown: take the page to it, as a chat app does.
  list.lastElementChild?.scrollIntoView({ block: "nearest" });
  if (unread.length > 0) {
    // The newest unread one: every message up to it (by sending time) is marked read.
    if (await markRead(trajectoryId, unread[0].id)) announce(t("berichtenGelezen"));
  }
  stopPolling = startPolling(async () => {
    let fresh = await api("GET", `${path}?pageSize=${POLL_SIZE}`);
    // More new messages than one poll holds: take as many as the page shows when opened.
    if (fresh.totalItems > fresh.items.length && fresh.items.every((m) => !view.has(m.id))) {
      fresh = await api("GET", `${path}?pageSize=${PAGE_SIZE}`);
    }
    if (list.isConnected) await takeIn(fresh.items);
  }, list);
}

function onThisPage() {
  return /^#\/?berichten(\?|$)/.test(location.hash);
}

/** Marks messages read up to the given one; false when it did not work (nothing she must do). */
async function markRead(trajectoryId, upToMessageId) {
  try {
    await api("POST", `/trajectories/${trajectoryId}/message-readings`, { upToMessageId });
    return true;
  } catch {
    // Not marked read: the coach still sees them as unread.
    return false;
  }
}

/**
 * Polls while the page is shown and the tab visible; stops for good when she leaves the page or
 * the session ends, pauses while the tab is hidden or she is idle. Returns the function that stops it.
 */
function startPolling(poll, list) {
  let timer = null;
  let busy = false;
  let stopped = false;
  let lastActivity = Date.now();
  const idle = () => Date.now() - lastActivity >= IDLE_MS;
  const schedule = () => {
    clearTimeout(timer);
    timer = null;
    if (!stopped && !busy && document.visibilityState === "visible" && !idle()) timer = setTimeout(tick, POLL_MS);
  };
  const tick = async () => {
    timer = null;
    if (stopped || busy) return;
    if (!list.isConnected || !onThisPage()) {
      stop();
      return;
    }
    busy = true;
    try {
      await poll();
    } catch (error) {
      // An ended session (401: the app went to the login page) or a trajectory she can no longer
      // see is not polled again; a network hiccup is tried again at the next tick.
      if (error instanceof SessionEnded || (error instanceof ApiError && [401, 403, 404].includes(error.status))) {
        stop();
      }
    } finally {
      busy = false;
    }
    schedule();
  };
  const onVisibility = () => {
    // Back in view: fetch at once, so what came in meanwhile shows without waiting.
    if (document.visibilityState === "visible") tick();
    else schedule();
  };
  const onActivity = () => {
    const wasIdle = idle();
    lastActivity = Date.now();
    if (wasIdle) tick();
  };
  const onHashChange = () => {
    if (!onThisPage()) stop();
  };
  function stop() {
    stopped = true;
    clearTimeout(timer);
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("hashchange", onHashChange);
    for (const type of ACTIVITY) document.removeEventListener(type, onActivity, true);
  }
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("hashchange", onHashChange);
  for (const type of ACTIVITY) document.addEventListener(type, onActivity, true);
  schedule();
  return stop;
}

const ACTIVITY = ["keydown", "pointerdown", "input", "focusin"];

/**
 * The conversation on the page, oldest first. It only ever appends (and adds "gelezen" to her own
 * messages once the coach read them): nothing is redrawn, so focus and typed text stay put.
 */
function conversation(list, empty) {
  const shown = new Map();
  return {
    has: (id) => shown.has(id),
    /**
     * Adds the messages not shown yet (items newest first, as the API gives them); newIds names the
     * ones to mark "Nieuw", or null to mark the coach's messages that are new to the page. Returns
     * the added messages, oldest first.
     */
    add(items, newIds) {
      const fresh = items.filter((m) => !shown.has(m.id)).reverse();
      for (const m of fresh) {
        const isNew = newIds ? newIds.has(m.id) : m.authorKind !== "RESIDENT";
        const element = messageItem(m, isNew);
        shown.set(m.id, element);
        list.append(element);
      }
      for (const m of items) {
        const element = shown.get(m.id);
        if (readByCoach(m) && !element.querySelector(".app-bericht__gelezen")) element.append(readLine());
      }
      empty.hidden = shown.size > 0;
      return fresh;
    },
  };
}

function readByCoach(message) {
  return message.authorKind === "RESIDENT" && message.readBy.some((r) => r.readerKind === "STAFF");
}

function readLine() {
  return paragraph(t("berichtGelezen"), { class: "utrecht-paragraph app-bericht__gelezen" });
}

function messageItem(message, isNew) {
  const mine = message.authorKind === "RESIDENT";
  const at = new Date(message.sentAt);
  const sameYear = at.getFullYear() === new Date().getFullYear();
  const datum = at.toLocaleDateString("nl-NL", { day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) });
  const tijd = at.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
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
    readByCoach(message) ? readLine() : null,
  );
}

function sendForm(path, takeIn) {
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
      text.value = "";
      try {
        await takeIn((await api("GET", `${path}?pageSize=${PAGE_SIZE}`)).items);
      } catch (shownLater) {
        // Sent all the same; the next poll shows it.
        if (shownLater instanceof SessionEnded) return;
      }
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
