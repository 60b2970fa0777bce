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
