// The only way the work environment talks to the server: the REST API under /api/v1 with the
// session's bearer token. Errors are RFC 9457 problems; a 401 means the session ended.
import { currentSession, sessionExpired } from "./session.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Thrown after a 401: the app has already gone to the login page. */
export class SessionEnded extends Error {}

export async function api(method, path, body) {
  return (await call(method, path, body)).data;
}

/**
 * For versioned resources (growth plan, evaluations): {data, etag} of a read; a change sends the
 * ETag of the last read in If-Match, and a 412 means someone changed the trajectory since.
 */
export async function apiVersioned(method, path, body, ifMatch) {
  return call(method, path, body, ifMatch);
}

async function call(method, path, body, ifMatch) {
  const session = currentSession();
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (ifMatch) headers["If-Match"] = ifMatch;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && session) {
    sessionExpired(location.hash || "#/werk");
    location.hash = "#/inloggen";
    throw new SessionEnded("De sessie is verlopen");
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem);
  }
  const etag = response.headers.get("ETag");
  if (response.status === 204) return { data: null, etag };
  const type = response.headers.get("Content-Type") || "";
  return { data: type.includes("json") ? await response.json() : null, etag };
}

/**
 * A file to save (the final report): fetched with the session's token, then handed to the browser
 * as a download under the name the server gave.
 */
export async function download(path) {
  const session = currentSession();
  const headers = { Accept: "application/pdf, application/problem+json" };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  const response = await fetch(`/api/v1${path}`, { headers });
  if (response.status === 401 && session) {
    sessionExpired(location.hash || "#/werk");
    location.hash = "#/inloggen";
    throw new SessionEnded("De sessie is verlopen");
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem);
  }
  const disposition = response.headers.get("Content-Disposition") || "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] || "download.pdf";
  saveFile(name, await response.blob());
  return name;
}

/** Hands the browser a file to save under this name (a download made in the page). */
export function saveFile(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Logging in is the one call without a session; a 401 here is a wrong password, not an ending.
 * The answer is a session, or (202) only the second factor that is due: {secondFactorDue}.
 */
export async function logIn(email, password) {
  return sessionCall("/api/v1/sessions", { email, password });
}

/** The second login step: the challenge of the first with a code from the app or a recovery code. */
export async function logInSecondStep(challenge, code) {
  return sessionCall("/api/v1/sessions/second-factor", { challenge, code });
}

/** After the municipality's identity provider: the ticket from the login page's address. */
export async function logInWithTicket(ticket) {
  return sessionCall("/api/v1/sessions/identity-provider", { ticket });
}

/** The municipalities whose staff can log in through their own identity provider. */
export async function identityProviders() {
  const response = await fetch("/api/v1/identity-providers", { headers: { Accept: "application/json" } });
  return response.ok ? (await response.json()).items : [];
}

/** Starts a login at the municipality's provider; answers the address to send the browser to. */
export async function startIdentityProviderLogin(municipalityId) {
  return sessionCall(`/api/v1/identity-providers/${encodeURIComponent(municipalityId)}/logins`);
}

async function sessionCall(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (response.status !== 201 && response.status !== 202) throw new ApiError(response.status, json);
  return json;
}
