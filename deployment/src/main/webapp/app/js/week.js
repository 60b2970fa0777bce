// "Eerdere weken": the assignments of one week (GET .../assignments?week=n) with their state, and
// links to the week before and after, from week 1 up to the current week. Each assignment opens the
// assignment screen, where she reads her answers and what the coach said. The API refuses a week
// before 1 (422) and, for a resident, a week that has not started (409 week-not-open-yet); both are
// said in plain Dutch here, and text that is no week number never reaches the API.
import { api, ApiError, SessionEnded } from "./api.js";
import { errorBox, h, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { handedIn, stateText } from "./woorden.js";

export async function weekPage(weekText) {
  const { trajectoryId } = currentSession();
  // Three digits are plenty (a trajectory lasts months) and keep the number far from overflow.
  const week = /^\d{1,3}$/.test(weekText) ? Number(weekText) : 0;
  if (week < 1) {
    showPage(t("weekBestaatNiet"), backLink(), h("h1", { class: "utrecht-heading-1" }, t("weekBestaatNiet")), notice("info", t("weekBestaatNietUitleg")));
    return;
  }
  const title = t("weekKop", { week });
  const heading = h("h1", { class: "utrecht-heading-1" }, title);
  showPage(title, backLink(), heading, paragraph(t("laden")));
  let overview;
  try {
    overview = await api("GET", `/trajectories/${trajectoryId}/assignments?week=${week}`);
  } catch (error) {
    if (error instanceof SessionEnded || !stillShown(week)) return;
    if (error instanceof ApiError && error.slug === "week-not-open-yet") {
      showPage(title, backLink(), heading, notice("info", t("weekNogNiet", { week })));
    } else if (error instanceof ApiError && error.status === 422) {
      showPage(t("weekBestaatNiet"), backLink(), h("h1", { class: "utrecht-heading-1" }, t("weekBestaatNiet")), notice("info", t("weekBestaatNietUitleg")));
    } else {
      showPage(title, backLink(), heading, errorBox(t("foutAlgemeen")));
    }
    return;
  }
  // She may have tapped on to another week meanwhile: a late answer must not replace that one.
  if (!stillShown(week)) return;
  if (overview.currentWeek < 1) {
    // Before the start conversation there are no weeks yet.
    showPage(title, backLink(), heading, notice("info", t("geenOpdrachten")));
    return;
  }
  showPage(title, backLink(), heading, weekNavigation(week, overview.currentWeek), assignmentList(overview));
}

function stillShown(week) {
  return location.hash.replace(/^#\/?/, "").split("?")[0] === `week/${week}`;
}

/** "Vorige week" and "Volgende week", only within week 1 .. the current week. */
function weekNavigation(week, currentWeek) {
  const link = (to, key, rel) =>
    h(
      "li",
      {},
      h("a", { class: "utrecht-link utrecht-link--html-a app-knoplink", href: `#/week/${to}`, rel, id: `week-${rel}` }, t(key)),
    );
  return h(
    "nav",
    { class: "app-weken", "aria-label": t("wekenMenu") },
    h(
      "ul",
      { class: "app-weken__lijst" },
      week > 1 ? link(week - 1, "vorigeWeek", "prev") : null,
      week < currentWeek ? link(week + 1, "volgendeWeek", "next") : null,
    ),
    week === currentWeek ? paragraph(t("ditIsDezeWeek"), { class: "utrecht-paragraph app-datum" }) : null,
  );
}

function assignmentList(overview) {
  const assignments = overview.assignments;
  if (assignments.length === 0) return paragraph(t("geenOpdrachtenInWeek", { week: overview.week }), { id: "week-leeg" });
  const done = assignments.filter((a) => handedIn(a.state)).length;
  return [
    paragraph(t("voortgang", { klaar: done, totaal: assignments.length })),
    h(
      "ul",
      { class: "app-kaarten", id: "week-opdrachten" },
      assignments.map((a) =>
        h(
          "li",
          { class: `app-kaart app-kaart--${a.state.toLowerCase()}`, "data-opdracht": a.code },
          h(
            "h2",
            { class: "utrecht-heading-3" },
            h("a", { class: "utrecht-link utrecht-link--html-a app-kaart__link", href: `#/opdracht/${a.code}?week=${overview.week}` }, a.title),
          ),
          h("p", { class: "utrecht-paragraph app-status" }, h("span", { class: "app-visually-hidden" }, t("statusLabel"), " "), stateText(a.state)),
        ),
      ),
    ),
  ];
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
