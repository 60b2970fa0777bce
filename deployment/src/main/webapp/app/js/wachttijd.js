// The server ends a session after some minutes without requests (30 by default, ADR 0009). A little
// before that the app asks whether she is still there, with one button to stay logged in: no time
// limit without a simple way to extend it (WCAG 2.2.1). Focus is not moved, so typing goes on.
import { h } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";

const WARN_BEFORE_MS = 3 * 60 * 1000;
const DEFAULT_IDLE_MINUTES = 30;

let timer = null;
let stayLoggedIn = async () => {};

/** How the warning's button reaches the server (a cheap authenticated request). */
export function onStayLoggedIn(request) {
  stayLoggedIn = request;
}

/** After every answered request with the session: the idle time starts again. */
export function contactMade() {
  hideWarning();
  clearTimeout(timer);
  const session = currentSession();
  if (!session?.token) return;
  const idleMs = (session.idleMinutes || DEFAULT_IDLE_MINUTES) * 60 * 1000;
  timer = setTimeout(showWarning, Math.max(idleMs - WARN_BEFORE_MS, 0));
}

/** The question "Ben je er nog?" with the button; also shown by the browser test. */
export function showWarning() {
  if (!currentSession()?.token || document.getElementById("sessie-waarschuwing")) return;
  const button = h(
    "button",
    {
      type: "button",
      class: "utrecht-button utrecht-button--primary-action",
      onclick: async () => {
        button.disabled = true;
        await stayLoggedIn().catch(() => {});
        button.disabled = false;
      },
    },
    t("blijfIngelogd"),
  );
  document.body.append(
    h(
      "div",
      { class: "app-sessie-waarschuwing", id: "sessie-waarschuwing", role: "alert" },
      h("p", { class: "utrecht-paragraph" }, t("sessieBijnaVoorbij")),
      button,
    ),
  );
}

function hideWarning() {
  document.getElementById("sessie-waarschuwing")?.remove();
}
