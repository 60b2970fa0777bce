// Home ("Mijn week"): this week's assignments with their state and how many are handed in.
import { api, ApiError } from "./api.js";
import { errorBox, h, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { handedIn, stateText } from "./woorden.js";

export async function homePage() {
  const { trajectoryId } = currentSession();
  showPage(t("startTitel"), h("h1", { class: "utrecht-heading-1" }, t("startTitel")), paragraph(t("laden")));
  let week;
  try {
    week = await api("GET", `/trajectories/${trajectoryId}/assignments`);
  } catch (error) {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 404) {
      week = null; // not in the weekly work yet (or no longer)
    } else if (error instanceof ApiError || error instanceof TypeError) {
      showPage(t("startTitel"), h("h1", { class: "utrecht-heading-1" }, t("startTitel")), errorBox(t("foutAlgemeen")));
      return;
    } else {
      return; // the session ended; the login page is shown
    }
  }
  const content = [h("h1", { class: "utrecht-heading-1" }, t("startTitel"))];
  if (!week || week.currentWeek < 1) {
    content.push(notice("info", t("geenOpdrachten")));
  } else {
    const assignments = week.assignments;
    content.push(h("h2", { class: "utrecht-heading-2" }, t("weekKop", { week: week.week })));
    if (assignments.length === 0) {
      content.push(paragraph(t("geenOpdrachtenDezeWeek")));
    } else {
      const done = assignments.filter((a) => handedIn(a.state)).length;
      content.push(
        h(
          "div",
          { class: "app-voortgang" },
          paragraph(t("voortgang", { klaar: done, totaal: assignments.length })),
          h("progress", { max: assignments.length, value: done, "aria-hidden": "true" }),
        ),
      );
      content.push(
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
    }
  }
  content.push(moreLinks());
  showPage(t("startTitel"), content);
}

/** The other screens of the app, reached from home. */
function moreLinks() {
  const link = (href, key) =>
    h("li", { class: "app-kaart" }, h("a", { class: "utrecht-link utrecht-link--html-a app-kaart__link", href }, t(key)));
  return h(
    "nav",
    { "aria-labelledby": "meer-kop", class: "app-meer" },
    h("h2", { class: "utrecht-heading-2", id: "meer-kop" }, t("meerTitel")),
    h("ul", { class: "app-kaarten", id: "meer" }, link("#/budget", "naarBudget"), link("#/toegang", "naarToegang")),
  );
}
