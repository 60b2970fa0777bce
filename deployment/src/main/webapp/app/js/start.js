// Home ("Mijn week"): the next conversation with the coach, this week's assignments with their
// state and how many are handed in, how far the resident is per theme, and the other screens.
import { api, ApiError, SessionEnded } from "./api.js";
import { errorBox, h, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { handedIn, localDateTime, longDate, stateText, unreadMessages } from "./woorden.js";

export async function homePage() {
  const { trajectoryId } = currentSession();
  const base = `/trajectories/${trajectoryId}`;
  showPage(t("startTitel"), h("h1", { class: "utrecht-heading-1" }, t("startTitel")), paragraph(t("laden")));
  // What is not there yet (no weekly work before the start conversation) or not allowed is left
  // out; the session ending stops the page; anything else is a general error.
  const optional = (promise) =>
    promise.catch((error) => {
      if (error instanceof SessionEnded) throw error;
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 404) return null;
      throw error;
    });
  let trajectory;
  let week;
  let progress;
  let messages;
  try {
    [trajectory, week, progress, messages] = await Promise.all([
      api("GET", base),
      optional(api("GET", `${base}/assignments`)),
      optional(api("GET", `${base}/theme-progress`)),
      optional(api("GET", `${base}/messages?pageSize=100`)),
    ]);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("startTitel"), h("h1", { class: "utrecht-heading-1" }, t("startTitel")), errorBox(t("foutAlgemeen")));
    return;
  }
  const checkIns =
    trajectory.stage === "AFTERCARE" ? await optional(api("GET", `${base}/check-ins`)).catch(() => null) : null;

  const content = [h("h1", { class: "utrecht-heading-1" }, t("startTitel"))];
  content.push(nextConversation(trajectory, checkIns));
  if (!week || week.currentWeek < 1) {
    content.push(notice("info", t("geenOpdrachten")));
  } else {
    content.push(thisWeek(week));
  }
  // Progress per theme once the weekly work has begun: before that every bar would be empty.
  if (progress && progress.currentWeek >= 1 && progress.themes.some((theme) => theme.assignments > 0)) {
    content.push(themes(progress));
  }
  content.push(moreLinks(messages ? unreadMessages(messages.items).length : 0));
  showPage(t("startTitel"), content);
}

/**
 * The next conversation with the coach: the appointment the coach planned (when and where) if there
 * is one; otherwise what the API knows from the method: a planned check-in in aftercare (a date), or
 * the next evaluation by the stage (the mid evaluation by its week).
 */
function nextConversation(trajectory, checkIns) {
  let text = null;
  let toForm = false;
  switch (trajectory.stage) {
    case "SELECTED":
    case "INVITED":
    case "ACTIVATED":
    case "START_SCREENING":
      text = t("gesprekStart");
      break;
    case "START_CONVERSATION":
    case "MID_EVALUATION":
    case "FINAL_EVALUATION":
      text = t("gesprekNu");
      toForm = true;
      break;
    case "COACHING_PART_ONE":
      text =
        trajectory.currentWeek < trajectory.midEvaluationWeek
          ? t("gesprekMidWeek", { week: trajectory.midEvaluationWeek })
          : t("gesprekMidBinnenkort");
      break;
    case "COACHING_PART_TWO":
    case "END_SCREENING":
      text = t("gesprekEind");
      break;
    case "AFTERCARE": {
      const today = new Date().toISOString().slice(0, 10);
      const next = (checkIns?.items || [])
        .filter((c) => !c.heldOn && c.plannedOn >= today)
        .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))[0];
      text = next ? t("gesprekNazorg", { datum: longDate(next.plannedOn) }) : t("gesprekNazorgGeen");
      break;
    }
    default:
      return null;
  }
  const planned = trajectory.nextConversation;
  if (planned) {
    // The appointment says when; of the method's texts only what the conversation is about stays.
    // In aftercare the planned check-in stays said as well.
    text =
      text === t("gesprekStart")
        ? t("gesprekStartGepland")
        : toForm || trajectory.stage === "AFTERCARE"
          ? text
          : null;
  }
  return h(
    "section",
    { class: "app-gesprek", id: "volgend-gesprek", "aria-labelledby": "gesprek-kop" },
    h("h2", { class: "utrecht-heading-2", id: "gesprek-kop" }, t("volgendGesprekTitel")),
    planned
      ? h(
          "p",
          { class: "utrecht-paragraph", id: "afspraak" },
          t("afspraakWanneer", { moment: localDateTime(planned.startsAt) }),
          h("br", {}),
          t("afspraakWaar", { plaats: planned.place }),
        )
      : null,
    text ? paragraph(text) : null,
    toForm
      ? h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link utrecht-link--html-a app-knoplink", href: "#/gesprekken" }, t("naarGesprekInvullen")))
      : null,
  );
}

function thisWeek(week) {
  const assignments = week.assignments;
  const section = h(
    "section",
    { "aria-labelledby": "week-kop" },
    h("h2", { class: "utrecht-heading-2", id: "week-kop" }, t("weekKop", { week: week.week })),
  );
  // Earlier weeks stay readable: her answers and what the coach said about them.
  const earlier =
    week.currentWeek > 1
      ? h("p", { class: "utrecht-paragraph" }, h("a", { class: "utrecht-link utrecht-link--html-a app-knoplink", href: `#/week/${week.currentWeek - 1}`, id: "eerdere-weken" }, t("naarEerdereWeken")))
      : null;
  if (assignments.length === 0) {
    section.append(paragraph(t("geenOpdrachtenDezeWeek")));
    if (earlier) section.append(earlier);
    return section;
  }
  const done = assignments.filter((a) => handedIn(a.state)).length;
  section.append(
    h(
      "div",
      { class: "app-voortgang" },
      paragraph(t("voortgang", { klaar: done, totaal: assignments.length })),
      h("progress", { max: assignments.length, value: done, "aria-hidden": "true" }),
    ),
    h(
      "ul",
      { class: "app-kaarten", id: "opdrachten" },
      assignments.map((a) =>
        h(
          "li",
          { class: `app-kaart app-kaart--${a.state.toLowerCase()}`, "data-opdracht": a.code },
          h(
            "h3",
            { class: "utrecht-heading-3" },
            h("a", { class: "utrecht-link utrecht-link--html-a app-kaart__link", href: `#/opdracht/${a.code}?week=${a.week}` }, a.title),
          ),
          h("p", { class: "utrecht-paragraph app-status" }, h("span", { class: "app-visually-hidden" }, t("statusLabel"), " "), stateText(a.state)),
        ),
      ),
    ),
  );
  if (earlier) section.append(earlier);
  return section;
}

/**
 * Progress per theme ("Inkomsten: 5 van 12 klaar"): approved out of the theme's assignments that
 * were not skipped; a progress bar named by that sentence.
 */
function themes(progress) {
  return h(
    "section",
    { "aria-labelledby": "themas-kop", class: "app-themas" },
    h("h2", { class: "utrecht-heading-2", id: "themas-kop" }, t("themasTitel")),
    paragraph(t("themasUitleg")),
    h(
      "ul",
      { class: "app-thema-lijst", id: "themas" },
      progress.themes
        .filter((theme) => theme.assignments - theme.skipped > 0)
        .map((theme) => {
          const total = theme.assignments - theme.skipped;
          const id = `thema-${theme.theme}`;
          return h(
            "li",
            { class: "app-thema", "data-thema": theme.theme },
            h("p", { class: "utrecht-paragraph", id }, t("themaVoortgang", { thema: t(`thema${theme.theme}`), klaar: theme.approved, totaal: total })),
            h("progress", { max: total, value: theme.approved, "aria-labelledby": id }),
          );
        }),
    ),
  );
}

/** The other screens of the app, reached from home. */
function moreLinks(unread) {
  const link = (href, text, attributes = {}) =>
    h("li", { class: "app-kaart", ...attributes }, h("a", { class: "utrecht-link utrecht-link--html-a app-kaart__link", href }, text));
  return h(
    "nav",
    { "aria-labelledby": "meer-kop", class: "app-meer" },
    h("h2", { class: "utrecht-heading-2", id: "meer-kop" }, t("meerTitel")),
    h(
      "ul",
      { class: "app-kaarten", id: "meer" },
      link("#/berichten", unread > 0 ? t("naarBerichtenNieuw", { aantal: unread }) : t("naarBerichten"), { "data-nieuw": unread }),
      link("#/plan", t("naarPlan")),
      link("#/gesprekken", t("naarGesprekken")),
      link("#/zelfscan", t("naarZelfscan")),
      link("#/budget", t("naarBudget")),
      link("#/toegang", t("naarToegang")),
      link("#/mail", t("naarMail")),
      link("#/beveiliging", t("naarBeveiliging")),
    ),
  );
}
