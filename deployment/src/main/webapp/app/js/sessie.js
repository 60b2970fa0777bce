// The resident's login session, in sessionStorage: it lasts as long as the browser tab and is
// gone when the tab closes, which suits a shared or borrowed phone (see ADR 0012).
const SESSION = "redzaam.app.sessie";
const NOTICE = "redzaam.app.melding";
const RETURN_TO = "redzaam.app.terug";

/** {token, expiresAt, me, trajectoryId} or null. */
export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION));
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(SESSION, JSON.stringify(session));
}

export function forgetSession() {
  sessionStorage.removeItem(SESSION);
}

/** A notice for the next page (a text key of teksten.js), shown once. */
export function setNotice(key) {
  sessionStorage.setItem(NOTICE, key);
}

export function takeNotice() {
  const key = sessionStorage.getItem(NOTICE);
  sessionStorage.removeItem(NOTICE);
  return key;
}

export function setReturnTo(hash) {
  sessionStorage.setItem(RETURN_TO, hash);
}

export function takeReturnTo() {
  const where = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return where;
}
