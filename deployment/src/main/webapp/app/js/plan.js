// "Mijn plan": the growth plan, read only (GET /trajectories/{id}/growth-plan). The coach writes
// it; the resident reads her goals (with what the coach wrote about each), the agreements and the
// progress on the plan as a whole. Before the start conversation there is no plan yet (409).
import { api, ApiError, SessionEnded } from "./api.js";
import { errorBox, h, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { longDate } from "./woorden.js";

export async function planPage() {
  const { trajectoryId } = currentSession();
  const title = h("h1", { class: "utrecht-heading-1" }, t("planTitel"));
  showPage(t("planTitel"), backLink(), title, paragraph(t("laden")));
  let plan;
  try {
    plan = await api("GET", `/trajectories/${trajectoryId}/growth-plan`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    const notYet = error instanceof ApiError && error.status === 409;
    showPage(t("planTitel"), backLink(), title, notYet ? notice("info", t("planNogNiet")) : errorBox(t("foutAlgemeen")));
    return;
  }
  const progressOf = (goalId) => plan.progress.filter((p) => (p.goalId ?? null) === goalId);
  const content = [backLink(), title, paragraph(t("planUitleg"))];

  content.push(
    section(
      "doelen",
      t("doelenTitel"),
      plan.goals.length === 0
        ? paragraph(t("geenDoelen"))
        : h(
            "ul",
            { class: "app-kaarten", id: "doelen" },
            plan.goals.map((goal) =>
              h(
                "li",
                { class: `app-kaart app-doel${goal.achieved ? " app-doel--gehaald" : ""}`, "data-doel": goal.id },
                h("h3", { class: "utrecht-heading-3" }, goal.description),
                goal.theme ? paragraph(t("doelOnderwerp", { thema: t(`thema${goal.theme}`) })) : null,
                paragraph(goal.achieved ? t("doelGehaald", { datum: longDate(goal.achievedOn) }) : t("doelBezig"), {
                  class: "utrecht-paragraph app-status",
                }),
                entries(progressOf(goal.id), t("voortgangDoel")),
              ),
            ),
          ),
    ),
  );
  content.push(
    section(
      "afspraken",
      t("afsprakenTitel"),
      plan.agreements.length === 0
        ? paragraph(t("geenAfspraken"))
        : h(
            "ul",
            { class: "utrecht-unordered-list", id: "afspraken" },
            plan.agreements.map((a) =>
              h("li", { class: "utrecht-unordered-list__item" }, a.description, " ", h("span", { class: "app-datum" }, t("afspraakOp", { datum: longDate(a.madeOn) }))),
            ),
          ),
    ),
  );
  const general = progressOf(null);
  if (general.length > 0) content.push(section("plan-voortgang", t("planVoortgangTitel"), entries(general, null)));
  showPage(t("planTitel"), content);
}

function section(id, heading, body) {
  return h(
    "section",
    { "aria-labelledby": `${id}-kop` },
    h("h2", { class: "utrecht-heading-2", id: `${id}-kop` }, heading),
    body,
  );
}

/** What the coach wrote down, oldest first, each with its date. */
function entries(list, heading) {
  if (list.length === 0) return null;
  const sorted = list.slice().sort((a, b) => String(a.writtenOn).localeCompare(String(b.writtenOn)));
  return h(
    "div",
    { class: "app-voortgang-tekst" },
    heading ? h("p", { class: "utrecht-paragraph app-kopje" }, heading) : null,
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      sorted.map((p) => h("li", { class: "utrecht-unordered-list__item" }, t("geschrevenOp", { datum: longDate(p.writtenOn), tekst: p.text }))),
    ),
  );
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
