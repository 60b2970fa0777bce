// The login session and what the user typed, kept in sessionStorage: they live as long as the
// browser tab and are not shared with other tabs. A session that ends (401) keeps the typed text,
// so that it is back after logging in again; logging out removes everything.

const SESSION = "redzaam.werkomgeving.sessie";
const RETURN_TO = "redzaam.werkomgeving.terug";
const EXPIRED = "redzaam.werkomgeving.verlopen";
const TYPED = "redzaam.werkomgeving.getypt.";

/** {token, expiresAt, me} or null. */
export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION));
  } catch {
    return null;
  }
}

export function startSession(token, expiresAt, me) {
  sessionStorage.setItem(SESSION, JSON.stringify({ token, expiresAt, me }));
  sessionStorage.removeItem(EXPIRED);
}

const EXPIRED_PERSON = "redzaam.werkomgeving.verlopen.persoon";

/** The server ended the session: remember where the user was and keep what they typed. */
export function sessionExpired(whereNow) {
  const person = currentSession()?.me?.id;
  sessionStorage.removeItem(SESSION);
  sessionStorage.setItem(RETURN_TO, whereNow);
  sessionStorage.setItem(EXPIRED, "true");
  if (person) sessionStorage.setItem(EXPIRED_PERSON, person);
}

/**
 * After a login: the page and the typed text of an ended session are only for the same person;
 * when someone else logs in on this tab, they are removed.
 */
export function keepOnlyForSamePerson(personId) {
  const previous = sessionStorage.getItem(EXPIRED_PERSON);
  sessionStorage.removeItem(EXPIRED_PERSON);
  if (previous && previous !== personId) {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(TYPED) || key === RETURN_TO) sessionStorage.removeItem(key);
    }
  }
}

export function wasExpired() {
  return sessionStorage.getItem(EXPIRED) === "true";
}

/** Where to go after login (once). */
export function takeReturnTo() {
  const where = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return where;
}

/** Logging out: the session and everything typed are removed. */
export function endSessionAndForget() {
  sessionStorage.clear();
}

/**
 * Keeps a form field's value under a key while the user types, and puts a kept value back. Radio
 * buttons and checkboxes keep whether they are checked.
 */
export function keepTyped(field, key) {
  const stored = sessionStorage.getItem(TYPED + key);
  const checkable = field.type === "radio" || field.type === "checkbox";
  if (stored !== null) {
    if (checkable) field.checked = stored === "true";
    else field.value = stored;
  }
  field.addEventListener(checkable ? "change" : "input", () => {
    if (checkable && field.type === "radio") {
      // The other radios of the group are unchecked now; forget them.
      for (const other of document.getElementsByName(field.name)) {
        if (other !== field && other.dataset.kept) sessionStorage.removeItem(TYPED + other.dataset.kept);
      }
    }
    sessionStorage.setItem(TYPED + key, checkable ? String(field.checked) : field.value);
  });
  field.dataset.kept = key;
  return field;
}

/** Forgets what was typed under these keys (after it was sent). */
export function forgetTyped(...keys) {
  for (const key of keys) sessionStorage.removeItem(TYPED + key);
}
