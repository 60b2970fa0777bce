// The resident app (issue 6): one page with routes after "#": #activeren/<token> (the invitation
// link), #/inloggen, #/start (this week), #/opdracht/<code>?week=<n>, #/toegang (who can see my data),
// #/budget (budget plan), #/berichten (messages with the coach), #/plan (growth plan, read only),
// #/gesprekken (the evaluations: the resident's part), #/zelfscan (the self-assessment), #/mail
// (which mails she gets), #/beveiliging (logging in with a code), #/week/<n> (an earlier week's assignments). It talks only to the REST API.
import { activationPage } from "./activeren.js";
import { messagesPage } from "./berichten.js";
import { budgetPage } from "./budget.js";
import { conversationsPage } from "./gesprekken.js";
import { api } from "./api.js";
import { loginPage } from "./inloggen.js";
import { mailPage } from "./mail.js";
import { securityPage } from "./beveiliging.js";
import { assignmentPage } from "./opdracht.js";
import { planPage } from "./plan.js";
import { currentSession, forgetSession } from "./sessie.js";
import { homePage } from "./start.js";
import { accessPage } from "./toegang.js";
import { T } from "./teksten.js";
import { contactMade, onStayLoggedIn } from "./wachttijd.js";
import { weekPage } from "./week.js";
import { forgetSelfAssessment, selfAssessmentPage } from "./zelfscan.js";

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const params = new URLSearchParams(query || "");
  const activation = path.match(/^activeren\/([A-Za-z0-9_-]+)$/);
  const session = currentSession();
  document.getElementById("menu").hidden = !session?.trajectoryId;
  if (activation) {
    activationPage(activation[1]);
    return;
  }
  if (!session?.trajectoryId) {
    if (path !== "inloggen") location.hash = "#/inloggen";
    else loginPage();
    return;
  }
  const assignment = path.match(/^opdracht\/([A-Za-z0-9_.-]+)$/);
  const week = path.match(/^week\/([^/]*)$/);
  if (assignment) assignmentPage(assignment[1], params.get("week"));
  else if (week) weekPage(week[1]);
  else if (path === "toegang") accessPage();
  else if (path === "budget") budgetPage();
  else if (path === "berichten") messagesPage();
  else if (path === "plan") planPage();
  else if (path === "gesprekken") conversationsPage();
  else if (path === "zelfscan") selfAssessmentPage();
  else if (path === "mail") mailPage();
  else if (path === "beveiliging") securityPage();
  else if (path !== "start") location.hash = "#/start";
  else homePage();
}

// The static texts of index.html come from teksten.js as well.
for (const element of document.querySelectorAll("[data-tekst]")) {
  element.textContent = T[element.dataset.tekst];
}

document.getElementById("uitloggen").addEventListener("click", async () => {
  await api("DELETE", "/sessions/current").catch(() => {});
  forgetSession();
  // Half-done answers live in memory only; on a shared phone the next person must not find them.
  forgetSelfAssessment();
  location.hash = "#/inloggen";
});

window.addEventListener("hashchange", route);
route();

// "Ingelogd blijven" is one cheap request with the session; the idle time starts again on reload too.
onStayLoggedIn(() => api("GET", "/me"));
contactMade();

// Installable as an app (PWA); the service worker keeps only the app's own files, never API answers.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/app/sw.js", { scope: "/app/" }).catch(() => {});
}
