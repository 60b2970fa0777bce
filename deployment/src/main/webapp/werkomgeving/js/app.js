// The web work environment for coaches (issue 5): a single page with routes in the address after
// "#": #/inloggen, #/werk (the caseload), #/traject/<id>. It talks only to the REST API.
import { api } from "./api.js";
import { caseloadPage } from "./caseload.js";
import { loginPage } from "./inloggen.js";
import { currentSession, endSessionAndForget } from "./session.js";
import { trajectoryPage } from "./traject.js";

function route() {
  const [path, query] = (location.hash.slice(1) || "/werk").split("?");
  const params = new URLSearchParams(query || "");
  const session = currentSession();
  document.getElementById("menu").hidden = !session?.me;
  if (!session?.me) {
    if (path !== "/inloggen") {
      location.hash = "#/inloggen";
      return;
    }
    loginPage();
    return;
  }
  const trajectory = path.match(/^\/traject\/([0-9a-f-]{36})$/);
  if (trajectory) trajectoryPage(trajectory[1]);
  else if (path === "/inloggen") location.hash = "#/werk";
  else caseloadPage(params);
}

document.getElementById("uitloggen").addEventListener("click", async () => {
  await api("DELETE", "/sessions/current").catch(() => {});
  endSessionAndForget();
  location.hash = "#/inloggen";
});

window.addEventListener("hashchange", route);
route();
