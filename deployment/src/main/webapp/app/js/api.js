// The app talks to the server only through the REST API under /api/v1 (docs/api.md), with the
// session's bearer token. Errors are RFC 9457 problems; a 401 means the session ended.
import { currentSession, forgetSession, setNotice, setReturnTo } from "./sessie.js";
import { contactMade, sessionOver } from "./wachttijd.js";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** The problem's slug: "password-too-easy" for urn:redzaam:problem:password-too-easy. */
  get slug() {
    return String(this.problem.type || "").replace("urn:redzaam:problem:", "");
  }
}

/** Thrown after a 401: the app has already gone to the login page. */
export class SessionEnded extends Error {}

export async function api(method, path, body) {
  return (await apiWithVersion(method, path, body)).data;
}

/**
 * As api(), also giving the answer's ETag (the version for optimistic concurrency) and sending
 * ifMatch, when given, as If-Match: {data, etag}.
 */
export async function apiWithVersion(method, path, body, ifMatch) {
  const session = currentSession();
  const headers = { Accept: "application/json" };
  if (ifMatch) headers["If-Match"] = ifMatch;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (session) headers.Authorization = `Bearer ${session.token}`;
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && session) {
    sessionOver();
    forgetSession();
    setReturnTo(location.hash);
    setNotice("sessieVerlopen");
    location.hash = "#/inloggen";
    throw new SessionEnded("session ended");
  }
  if (session) contactMade();
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem);
  }
  const etag = response.headers.get("ETag");
  if (response.status === 204) return { data: null, etag };
  const type = response.headers.get("Content-Type") || "";
  return { data: type.includes("json") ? await response.json() : null, etag };
}

/** Calls without a session: logging in and activating an account. */
export async function publicPost(path, body) {
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}
