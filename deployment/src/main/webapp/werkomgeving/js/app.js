// The web work environment (issue 5): a single page with routes in the address after "#":
// #/inloggen, #/werk (a coach's caseload), #/traject/<id>, #/taken and #/starten (specialist),
// #/medewerkers, #/teams, #/organisaties, #/gemeente, #/catalogus and #/toegangslog
// (administrator), #/cijfers (policy officer and administrator), #/account
// (everyone: tweestapsverificatie). It talks
// only to the REST API; the menu shows what the logged-in person's roles (GET /me) allow.
import { accountPage } from "./account.js";
import { api } from "./api.js";
import { staffPage } from "./beheer.js";
import { caseloadPage } from "./caseload.js";
import { kpiPage } from "./cijfers.js";
import { cataloguePage } from "./catalogus.js";
import { municipalityPage } from "./gemeente.js";
import { organisationsPage } from "./organisaties.js";
import { h } from "./dom.js";
import { loginPage } from "./inloggen.js";
import { mailPage } from "./mail.js";
import { currentSession, endSessionAndForget } from "./session.js";
import { startPage, tasksPage } from "./specialist.js";
import { teamsPage } from "./teams.js";
import { accessLogPage } from "./toegangslog.js";
import { trajectoryPage } from "./traject.js";

const PAGES = [
  { path: "/werk", role: "COACH", label: "Mijn caseload", show: caseloadPage },
  { path: "/mail", role: "COACH", label: "Mijn mail", show: mailPage },
  { path: "/taken", role: "SPECIALIST", label: "Mijn taken", show: tasksPage },
  { path: "/starten", role: "SPECIALIST", label: "Traject starten", show: startPage },
  { path: "/medewerkers", role: "ADMINISTRATOR", label: "Medewerkers", show: staffPage },
  { path: "/teams", role: "ADMINISTRATOR", label: "Teams", show: teamsPage },
  { path: "/organisaties", role: "ADMINISTRATOR", label: "Organisaties", show: organisationsPage },
  { path: "/gemeente", role: "ADMINISTRATOR", label: "Modules", show: municipalityPage },
  { path: "/catalogus", role: "ADMINISTRATOR", label: "Catalogus", show: cataloguePage },
  { path: "/toegangslog", role: "ADMINISTRATOR", label: "Toegangslog", show: accessLogPage },
  { path: "/cijfers", roles: ["POLICY_OFFICER", "ADMINISTRATOR"], label: "Cijfers", show: kpiPage },
];

/** Every staff member has one; it comes last in the menu and is never the home page. */
const ACCOUNT = { path: "/account", label: "Mijn account", show: accountPage };

function pagesFor(me) {
  return PAGES.filter((p) => (p.roles || [p.role]).some((role) => (me.roles || []).includes(role)));
}

function menuPages(me) {
  return [...pagesFor(me), ACCOUNT];
}

function showMenu(me, path) {
  const links = document.getElementById("menu-links");
  links.replaceChildren(
    ...menuPages(me).map((p) =>
      h(
        "li",
        {},
        h(
          "a",
          {
            class: "utrecht-link utrecht-link--html-a",
            href: `#${p.path}`,
            "aria-current": p.path === path ? "page" : null,
          },
          p.label,
        ),
      ),
    ),
  );
}

function route() {
  const [path, query] = (location.hash.slice(1) || "/").split("?");
  const params = new URLSearchParams(query || "");
  const session = currentSession();
  document.getElementById("menu").hidden = !session?.me;
  if (!session?.me) {
    if (path !== "/inloggen") {
      location.hash = "#/inloggen";
      return;
    }
    loginPage(params);
    return;
  }
  const me = session.me;
  showMenu(me, path);
  const trajectory = path.match(/^\/traject\/([0-9a-f-]{36})$/);
  if (trajectory) {
    trajectoryPage(trajectory[1]);
    return;
  }
  const page = menuPages(me).find((p) => p.path === path);
  if (page) {
    page.show(params);
    return;
  }
  // Home: the first page the roles allow (a coach's caseload, else the specialist's tasks, ...).
  const home = pagesFor(me)[0];
  if (home) location.hash = `#${home.path}`;
  else caseloadPage(params);
}

document.getElementById("uitloggen").addEventListener("click", async () => {
  await api("DELETE", "/sessions/current").catch(() => {});
  endSessionAndForget();
  location.hash = "#/inloggen";
});

window.addEventListener("hashchange", route);
route();
