// The server ends a session after some minutes without requests (30 by default, ADR 0009). A little
// before that the app asks whether she is still there, with one button to stay logged in: no time
// limit without a simple way to extend it (WCAG 2.2.1). Focus is not moved, so typing goes on.
import { announce, h } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";

const WARN_BEFORE_MS = 3 * 60 * 1000;
const DEFAULT_IDLE_MINUTES = 30;

let timer = null;
let resizeWatch = null;
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
  // Where she was, to go back to after the button (which disappears with the bar).
  const before = document.activeElement;
  const button = h(
    "button",
    {
      type: "button",
      class: "utrecht-button utrecht-button--primary-action",
      onclick: async () => {
        button.disabled = true;
        try {
          await stayLoggedIn();
        } catch {
          // A 401 has already taken her to the login page; anything else: the bar stays.
          button.disabled = false;
          return;
        }
        (before && before !== document.body && before.isConnected ? before : document.getElementById("inhoud")).focus();
        announce(t("nogIngelogd"));
      },
    },
    t("blijfIngelogd"),
  );
  const bar = h(
    "div",
    { class: "app-sessie-waarschuwing", id: "sessie-waarschuwing", role: "alert" },
    h("p", { class: "utrecht-paragraph" }, t("sessieBijnaVoorbij")),
    button,
  );
  document.body.append(bar);
  // Room below the page as high as the bar (larger text makes it higher), so nothing hides behind it.
  const room = () => {
    document.body.style.paddingBlockEnd = `${bar.offsetHeight}px`;
    document.documentElement.style.scrollPaddingBlockEnd = `${bar.offsetHeight}px`;
  };
  resizeWatch = new ResizeObserver(room);
  resizeWatch.observe(bar);
  room();
}

/** The session ended (a 401, or logging out): no question, no timer. */
export function sessionOver() {
  clearTimeout(timer);
  hideWarning();
}

function hideWarning() {
  resizeWatch?.disconnect();
  resizeWatch = null;
  document.getElementById("sessie-waarschuwing")?.remove();
  document.body.style.paddingBlockEnd = "";
  document.documentElement.style.scrollPaddingBlockEnd = "";
}
