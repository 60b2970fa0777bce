// The administrator's coach teams (#/teams): coaches in one team stand in for each other
// (GET/POST /coach-teams, POST and DELETE /coach-teams/{id}/members).
import { api, SessionEnded } from "./api.js";
import { announce, errorBox, h, newId, showPage } from "./dom.js";
import { checkboxes, checkedValues, field, problemText, textInput } from "./formulier.js";

const TITLE = "Coachteams";

export async function teamsPage() {
  return showTeams();
}

async function showTeams(problem) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let teams;
  let coaches;
  try {
    [teams, coaches] = await Promise.all([api("GET", "/coach-teams?pageSize=100"), api("GET", "/coaches?pageSize=100")]);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De teams konden niet worden geladen: ${error.message}`));
    return;
  }
  const coachList = coaches.items;
  showPage(
    TITLE,
    heading,
    h("p", { class: "utrecht-paragraph" }, "Coaches in hetzelfde team kunnen elkaars trajecten zien en overnemen als iemand afwezig is."),
    problem ? errorBox(problem) : null,
    teams.items.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen teams.")
      : teams.items.map((team) => teamCard(team, coachList)),
    newTeamForm(coachList),
  );
}

function teamCard(team, coaches) {
  const members = new Set(team.members.map((m) => m.id));
  const others = coaches.filter((c) => !members.has(c.id));
  const selectId = newId("coach");
  const select = h(
    "select",
    { id: selectId, name: "nieuw-lid", class: "utrecht-select utrecht-select--html-select" },
    others.map((c) => h("option", { value: c.id }, c.name)),
  );
  const headingId = newId("team");
  return h(
    "section",
    { class: "werkomgeving-kaart werkomgeving-stapel", "aria-labelledby": headingId, "data-team": team.name },
    h("h2", { class: "utrecht-heading-2", id: headingId }, team.name),
    team.members.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Dit team heeft nog geen coaches.")
      : h(
          "ul",
          { class: "utrecht-unordered-list" },
          team.members.map((m) =>
            h(
              "li",
              { class: "utrecht-unordered-list__item" },
              `${m.name} `,
              h(
                "button",
                {
                  type: "button",
                  class: "utrecht-button utrecht-button--subtle",
                  "aria-label": `Uit team halen: ${m.name}`,
                  onclick: () => change("DELETE", `/coach-teams/${team.id}/members/${m.id}`, undefined, `${m.name} is uit ${team.name} gehaald.`),
                },
                "Uit team halen",
              ),
            ),
          ),
        ),
    others.length === 0
      ? null
      : h(
          "div",
          { class: "werkomgeving-knoppen" },
          field("Coach toevoegen", select),
          h(
            "button",
            {
              type: "button",
              class: "utrecht-button utrecht-button--secondary-action",
              onclick: () => {
                const coach = others.find((c) => c.id === select.value);
                change("POST", `/coach-teams/${team.id}/members`, { coachId: select.value }, `${coach.name} zit nu in ${team.name}.`);
              },
            },
            "Toevoegen aan team",
          ),
        ),
  );
}

async function change(method, path, body, done) {
  try {
    await api(method, path, body);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showTeams(`Dat lukte niet: ${problemText(error)}`);
    return;
  }
  await showTeams();
  announce(done);
}

function newTeamForm(coaches) {
  const name = textInput("teamnaam", "text", { autocomplete: "off", required: true });
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "team-kop", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "team-kop" }, "Team maken"),
    field("Naam van het team", name),
    coaches.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "De gemeente heeft nog geen coaches.")
      : checkboxes("Coaches in het team", "lid", Object.fromEntries(coaches.map((c) => [c.id, c.name]))),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Team maken"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (name.value.trim() === "") {
      name.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Vul de naam van het team in."));
      name.focus();
      return;
    }
    try {
      await api("POST", "/coach-teams", { name: name.value.trim(), memberIds: checkedValues(form, "lid") });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(errorBox(`Het team maken lukte niet: ${problemText(error)}`));
      return;
    }
    const created = name.value.trim();
    await showTeams();
    announce(`Het team ${created} is gemaakt.`);
  });
  return form;
}
