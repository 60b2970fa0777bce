// The API's codes as a resident reads them (texts in teksten.js).
import { t } from "./teksten.js";

export function stateText(state) {
  return t(
    { OPEN: "stateOpen", SUBMITTED: "stateSubmitted", NEEDS_REWORK: "stateNeedsRework", APPROVED: "stateApproved" }[
      state
    ] || "stateOpen",
  );
}

/** Handed in: waiting for the coach or approved. */
export function handedIn(state) {
  return state === "SUBMITTED" || state === "APPROVED";
}

export function answerText(question, value) {
  if (value === undefined || value === null || value === "") return t("nietBeantwoord");
  switch (question.answerType) {
    case "YES_NO":
      return value === "yes" ? t("ja") : value === "no" ? t("nee") : value;
    case "AMOUNT":
      return `€ ${value.replace(".", ",")}`;
    case "DATE": {
      const date = new Date(value);
      return Number.isNaN(date.getTime())
        ? value
        : date.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    }
    default:
      return value;
  }
}

// The access log's action templates ("GET /v1/trajectories/{trajectoryId}/assignments") as what
// happened, in plain words: [method, path after the trajectory (or the whole path), text key].
// The first match counts; what is not here gets a neutral "bekeek/veranderde je gegevens".
const ACTIONS = [
  ["GET", /^$/, "doeBekeekTraject"],
  ["GET", /^\/assignments$/, "doeBekeekOpdrachten"],
  ["GET", /^\/assignments\/[^/]+\/draft$/, "doeBekeekConcept"],
  ["PUT", /^\/assignments\/[^/]+\/draft$/, "doeBewaardeConcept"],
  ["PUT", /^\/assignments\/[^/]+\/answers$/, "doeLeverdeIn"],
  ["POST", /^\/assignments\/[^/]+\/reviews$/, "doeBeoordeelde"],
  ["POST", /^\/assignments\/[^/]+\/(skips|reinstatements|stress-changes)$/, "doeVeranderdeOpdrachten"],
  ["POST", /^\/own-assignments$/, "doeNieuweOpdracht"],
  ["POST", /^\/tempo-changes$/, "doeVeranderdeTempo"],
  ["GET", /^\/notes(\/[^/]+)?$/, "doeBekeekVragen"],
  ["POST", /^\/notes$/, "doeStuurdeVraag"],
  ["POST", /^\/notes\/[^/]+\/replies$/, "doeAntwoorddeVraag"],
  ["GET", /^\/messages$/, "doeLasBerichten"],
  ["POST", /^\/messages$/, "doeStuurdeBericht"],
  ["POST", /^\/message-readings$/, "doeLasBerichten"],
  ["GET", /^\/budget-plan$/, "doeBekeekBudget"],
  ["PUT", /^\/budget-plan$/, "doeVeranderdeBudget"],
  ["PUT", /^\/budget-plan\/resident-right$/, "doeBudgetRecht"],
  ["GET", /^\/growth-plan/, "doeBekeekGroeiplan"],
  ["*", /^\/growth-plan/, "doeVeranderdeGroeiplan"],
  ["GET", /^\/evaluations/, "doeBekeekEvaluatie"],
  ["*", /^\/evaluations/, "doeVeranderdeEvaluatie"],
  ["GET", /^\/(screenings|self-assessment)/, "doeBekeekScreening"],
  ["*", /^\/(screenings|self-assessment)/, "doeVeranderdeScreening"],
  ["PUT", /^\/next-conversation$/, "doePlandeGesprek"],
  ["DELETE", /^\/next-conversation$/, "doeZegdeGesprekAf"],
  ["GET", /^\/(check-ins|closure|early-stop)/, "doeBekeekNazorg"],
  ["*", /^\/(check-ins|closure|early-stop)/, "doeVeranderdeNazorg"],
  ["GET", /^\/theme-progress$/, "doeBekeekVoortgang"],
  ["POST", /^\/invitations$/, "doeUitnodiging"],
  ["GET", /^\/support-grants$/, "doeBekeekToegang"],
  ["POST", /^\/support-grants$/, "doeGafToegang"],
  ["POST", /^\/support-grants\/[^/]+\/revocation$/, "doeStopteToegang"],
  ["GET", /^\/available-support-organisations$/, "doeBekeekOrganisaties"],
  ["GET", /^\/v1\/me\/trajectories$/, "doeBekeekTraject"],
  ["GET", /^\/v1\/support-worker\/trajectories$/, "doeBekeekTraject"],
];

/** What an access-log action did, as a text key (neutral when the template is unknown). */
export function actionKey(action) {
  const [method, template = ""] = String(action || "").split(" ");
  const rest = template.replace(/^\/v1\/trajectories\/\{trajectoryId\}/, "");
  const found = ACTIONS.find(([m, pattern]) => (m === method || (m === "*" && method !== "GET")) && pattern.test(rest));
  if (found) return found[2];
  return method === "GET" ? "doeBekeekGegevens" : "doeVeranderdeGegevens";
}

/**
 * Who it was: the resident herself, her coach or specialist (by name when the server gives it), a
 * coach standing in, or someone of a support organisation. people = {coaches, specialists: Sets of
 * staff ids; organisationNames: Map of organisation id to name}.
 */
export function actorText(entry, people) {
  const name = entry.actorName || "";
  const onBehalfOf = entry.onBehalfOf || "";
  switch (entry.actorKind) {
    case "RESIDENT":
      return t("wieJij");
    case "STAFF":
      if (onBehalfOf.startsWith("coaches:")) return t("wieVervanger", { naam: name });
      if (people.coaches.has(entry.actorId)) return name ? t("wieCoachNaam", { naam: name }) : t("wieCoach");
      if (people.specialists.has(entry.actorId)) return name ? t("wieSpecialistNaam", { naam: name }) : t("wieSpecialist");
      return name ? t("wieMedewerkerNaam", { naam: name }) : t("wieMedewerker");
    case "SUPPORT_WORKER": {
      const organisation = people.organisationNames.get(onBehalfOf.replace(/^support-organisation:/, ""));
      return organisation ? t("wieVrijwilligerVan", { organisatie: organisation }) : t("wieVrijwilliger");
    }
    default:
      return t("wieIemand");
  }
}

/** One access-log entry as a sentence: "Je coach Anna bekeek je opdrachten op 3 maart om 10:15." */
export function accessSentence(entry, people) {
  const at = new Date(entry.at);
  const sameYear = at.getFullYear() === new Date().getFullYear();
  const datum = at.toLocaleDateString("nl-NL", { day: "numeric", month: "long", ...(sameYear ? {} : { year: "numeric" }) });
  const tijd = at.toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
  const sentence = t("logZin", { wie: actorText(entry, people), wat: t(actionKey(entry.action)), datum, tijd });
  return entry.result >= 400 ? `${sentence} ${t("logMislukt")}` : sentence;
}

/** A date (yyyy-mm-dd) the Dutch way: "3 maart 2027". */
export function longDate(value) {
  const [year, month, day] = String(value || "").split("-").map(Number);
  if (!year || !month || !day) return String(value || "");
  return new Date(year, month - 1, day).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

/**
 * A Dutch time from the API (yyyy-mm-ddThh:mm, no offset) as "dinsdag 8 december om 10:00", shown
 * as it is, whatever time zone the phone is set to.
 */
export function localDateTime(value) {
  const [date, time] = String(value || "").split("T");
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day || !time) return String(value || "");
  const dayText = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("nl-NL", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
  });
  return `${dayText} om ${time.slice(0, 5)}`;
}

/** The coach's messages the resident has not read yet (listing them marks nothing). */
export function unreadMessages(messages) {
  return messages.filter((m) => m.authorKind !== "RESIDENT" && !m.readBy.some((r) => r.readerKind === "RESIDENT"));
}
