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
  SKIPPED: "Overgeslagen",
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

/**
 * A Dutch wall-clock time from the API (yyyy-mm-ddThh:mm, no offset) as "dinsdag 8 december 2026
 * om 10:00", or for a table "di 8 dec 10:00"; shown as it is, whatever the browser's time zone.
 */
export function wallClockText(localDateTime, short = false) {
  const [date, time] = String(localDateTime).split("T");
  const [year, month, day] = date.split("-").map(Number);
  const moment = new Date(Date.UTC(year, month - 1, day));
  if (!time || Number.isNaN(moment.getTime())) return localDateTime;
  const parts = short
    ? { weekday: "short", day: "numeric", month: "short" }
    : { weekday: "long", day: "numeric", month: "long", year: "numeric" };
  const dayText = moment.toLocaleDateString("nl-NL", { timeZone: "UTC", ...parts });
  return `${dayText}${short ? "" : " om"} ${time.slice(0, 5)}`;
}

export const ROLE = {
  COACH: "Coach",
  SPECIALIST: "Specialist",
  ADMINISTRATOR: "Beheerder",
  POLICY_OFFICER: "Beleidsmedewerker",
};

/** Where a trajectory is, in the coach's words (the stages of the method, steps 1-11). */
export const STAGE = {
  SELECTED: "Gestart, nog niet uitgenodigd",
  INVITED: "Uitgenodigd, nog niet geactiveerd",
  ACTIVATED: "Geactiveerd, startgesprek nog houden",
  START_SCREENING: "Startscreening gedaan, startgesprek nog houden",
  START_CONVERSATION: "Startgesprek",
  COACHING_PART_ONE: "Deel 1",
  MID_EVALUATION: "Tussenevaluatie",
  COACHING_PART_TWO: "Deel 2",
  END_SCREENING: "Eindscreening",
  FINAL_EVALUATION: "Eindevaluatie",
  AFTERCARE: "Nazorg",
  CLOSED: "Afgesloten",
};

export const THEME = {
  INCOME: "Inkomsten",
  SELF_RELIANCE: "Redzaamheid",
  ORGANISING_MONEY_MATTERS: "Geldzaken organiseren",
  SPENDING_RESPONSIBLY: "Verantwoord besteden",
  BEING_PREPARED: "Voorbereid zijn",
};

/** The outcome of the final evaluation (step 11 of the method), with what each means. */
export const OUTCOME = {
  "11A": {
    name: "11A: zelfstandig verder",
    meaning:
      "De inwoner kan het nu zelf. De begeleiding stopt. Je kunt nog een paar waakvlamgesprekken plannen. De app en het budgetplan blijven voor de inwoner beschikbaar.",
  },
  "11B": {
    name: "11B: lichtere hulp",
    meaning: "De inwoner gaat verder met minder hulp, bijvoorbeeld van vrijwilligers of een maatje.",
  },
  "11C": {
    name: "11C: hulp houden of uitbreiden",
    meaning:
      "De hulp van nu gaat door of wordt meer, zoals bewind, budgetbeheer of een budgetcoach.",
  },
};

export const COURT_RECOMMENDATION = {
  CONTINUE: "Bewind voortzetten",
  END: "Bewind beëindigen",
  CHANGE: "Bewind aanpassen",
};

export const EARLY_STOP_REASON = {
  READY_SOONER: "De inwoner is eerder klaar",
  NOT_READY: "De inwoner is (nog) niet klaar voor deze aanpak",
  RESIDENT_WITHDREW: "De inwoner stopt zelf",
  OTHER: "Een andere reden",
};

/** The modules a municipality can buy (the domain's Module, in Dutch). */
export const MODULE = {
  DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT: "Schuldhulpverlening en budgetbeheer",
  PROTECTIVE_ADMINISTRATION: "Beschermingsbewind",
  FINANCIAL_SUPPORT: "Financiële hulpverlening",
};
