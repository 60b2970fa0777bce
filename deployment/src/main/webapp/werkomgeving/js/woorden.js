// Dutch words for the API's codes, as coaches read them.

export const WAITING_FOR = {
  ANSWERS_TO_REVIEW: "Antwoorden beoordelen",
  NOTES_TO_ANSWER: "Notities beantwoorden",
  MESSAGES_TO_READ: "Berichten lezen",
  EVALUATION_DUE: "Evaluatie houden",
  SILENT: "Inwoner is stil",
};

export const ASSIGNMENT_STATE = {
  OPEN: "Open",
  SUBMITTED: "Ingeleverd, wacht op beoordeling",
  NEEDS_REWORK: "Teruggestuurd",
  APPROVED: "Goedgekeurd",
};

export const TRAJECTORY_TYPE = {
  DEBT_ASSISTANCE: "Schuldhulpverlening",
  BUDGET_MANAGEMENT: "Budgetbeheer",
  PROTECTIVE_ADMINISTRATION: "Beschermingsbewind",
  FINANCIAL_SUPPORT: "Financiële hulpverlening",
};

export const EVALUATION = { START: "startgesprek", MID: "tussenevaluatie", FINAL: "eindevaluatie" };

export const TEMPO = { NORMAL: "normaal tempo", FASTER: "sneller tempo", SLOWER: "langzamer tempo" };

/** How an answer reads: yes/no in Dutch, amounts with a comma, dates as 3 december 2026. */
export function answerText(question, value) {
  if (value === undefined || value === null || value === "") return "Niet beantwoord";
  switch (question.answerType) {
    case "YES_NO":
      return value === "yes" ? "Ja" : value === "no" ? "Nee" : value;
    case "AMOUNT":
      return `€ ${value.replace(".", ",")}`;
    case "DATE":
      return dateText(value);
    default:
      return value;
  }
}

export function dateText(isoDate) {
  const date = new Date(isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return date.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

export function dateTimeText(isoInstant) {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return date.toLocaleString("nl-NL", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
}

export const ROLE = { COACH: "Coach", SPECIALIST: "Specialist", ADMINISTRATOR: "Beheerder" };

export const THEME = {
  INCOME: "Inkomsten",
  SELF_RELIANCE: "Redzaamheid",
  ORGANISING_MONEY_MATTERS: "Geldzaken organiseren",
  SPENDING_RESPONSIBLY: "Verantwoord besteden",
  BEING_PREPARED: "Voorbereid zijn",
};
