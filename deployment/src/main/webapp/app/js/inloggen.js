// Logging in as a resident: e-mail address and password, then a code from her app if she turned
// that on; after login the app finds the resident's trajectory through GET /me/trajectories.
import { api, ApiError, publicPost } from "./api.js";
import { button, errorBox, h, newId, notice, paragraph, showPage, textbox, textField } from "./dom.js";
import { forgetSession, saveSession, takeNotice, takeReturnTo } from "./sessie.js";
import { t } from "./teksten.js";

export function loginPage() {
  const errorArea = h("div", {});
  const shown = takeNotice();
  if (shown) errorArea.append(notice(shown === "accountKlaar" ? "ok" : "warning", t(shown)));
  const email = textbox({
    id: newId("email"),
    name: "email",
    type: "email",
    autocomplete: "username",
    inputmode: "email",
    "aria-required": "true",
  });
  const password = textbox({
    id: newId("wachtwoord"),
    name: "wachtwoord",
    type: "password",
    autocomplete: "current-password",
    "aria-required": "true",
  });
  const submit = button(t("inloggenKnop"), { type: "submit" });
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true },
    textField(t("email"), email),
    textField(t("wachtwoord"), password),
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    for (const input of [email, password]) input.removeAttribute("aria-invalid");
    const missing = [email, password].filter((input) => input.value.trim() === "");
    if (missing.length > 0) {
      for (const input of missing) input.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(t(missing[0] === email ? "vulEmailIn" : "vulWachtwoordIn")));
      missing[0].focus();
      return;
    }
    submit.disabled = true;
    try {
      const answer = await publicPost("/sessions", {
        email: email.value.trim(),
        password: password.value,
      });
      if (answer.secondFactorDue) {
        codePage(answer.secondFactorDue.challenge);
        return;
      }
      await enter(answer, errorArea);
    } catch (error) {
      password.value = "";
      errorArea.append(errorBox(loginError(error)));
      email.focus();
    } finally {
      submit.disabled = false;
    }
  });
  showPage(
    t("inloggenTitel"),
    h(
      "div",
      { class: "app-stapel" },
      h("h1", { class: "utrecht-heading-1" }, t("inloggenTitel")),
      paragraph(t("inloggenUitleg")),
      errorArea,
      form,
    ),
  );
}

/** The second step, for a resident who turned on logging in with a code. */
function codePage(challenge) {
  const errorArea = h("div", {});
  const code = textbox({ id: newId("code"), name: "code", inputmode: "numeric", autocomplete: "one-time-code", "aria-required": "true", maxlength: 20 });
  const submit = button(t("codeKnop"), { type: "submit" });
  const form = h("form", { class: "app-stapel", novalidate: true }, textField(t("codeVeld"), code, t("codeHint")), submit);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (code.value.trim() === "") {
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(t("vulCodeIn")));
      code.focus();
      return;
    }
    submit.disabled = true;
    try {
      await enter(await publicPost("/sessions/second-factor", { challenge, code: code.value.trim() }), errorArea);
    } catch (error) {
      code.value = "";
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(codeError(error)));
      code.focus();
    } finally {
      submit.disabled = false;
    }
  });
  showPage(
    t("codeTitel"),
    h("div", { class: "app-stapel" }, h("h1", { class: "utrecht-heading-1" }, t("codeTitel")), paragraph(t("codeUitleg")), errorArea, form),
  );
}

function codeError(error) {
  if (error instanceof ApiError && error.status === 429) return t("codeGeblokkeerd");
  if (error instanceof ApiError && error.status === 401) {
    return /expired/.test(error.problem?.detail || "") ? t("codeTeLaat") : t("codeFout");
  }
  return t("foutAlgemeen");
}

/** Starts the session of a resident with a trajectory, and goes where she was going. */
async function enter(session, errorArea) {
  saveSession({ token: session.token, expiresAt: session.expiresAt, idleMinutes: session.idleMinutes });
  const me = await api("GET", "/me");
  if (me.kind !== "RESIDENT") {
    await api("DELETE", "/sessions/current").catch(() => {});
    forgetSession();
    errorArea.append(errorBox(t("alleenVoorInwoners")));
    return;
  }
  const own = await api("GET", "/me/trajectories");
  const trajectory = own.items[0];
  if (!trajectory) {
    await api("DELETE", "/sessions/current").catch(() => {});
    forgetSession();
    errorArea.append(errorBox(t("geenTraject")));
    return;
  }
  saveSession({
    token: session.token,
    expiresAt: session.expiresAt,
    idleMinutes: session.idleMinutes,
    me,
    trajectoryId: trajectory.id,
  });
  location.hash = takeReturnTo() || "#/start";
}

function loginError(error) {
  if (error instanceof ApiError && error.status === 401) return t("inloggenFout");
  if (error instanceof ApiError && error.status === 429) return t("inloggenGeblokkeerd");
  return t("foutAlgemeen");
}
