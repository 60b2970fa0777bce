// A coach's mail preferences (#/mail): a mail for each note or message from a resident, one daily
// digest, or none (GET/PUT /me/mail-preferences with If-Match). Mails never hold the message
// itself: they link here.
import { apiVersioned, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { changeProblem, radioGroup } from "./formulier.js";

const TITLE = "Mijn mail";

const COACH_NEWS = {
  EACH: "Een mail bij elke nieuwe notitie of elk nieuw bericht van een inwoner",
  DAILY_DIGEST: "Eén mail per dag met wat er gisteren binnenkwam",
  OFF: "Geen mail: ik kijk zelf in mijn caseload",
};

export async function mailPage() {
  return showPreferences();
}

async function showPreferences(problem, chosen) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let read;
  try {
    read = await apiVersioned("GET", "/me/mail-preferences");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`Je mailvoorkeuren konden niet worden geladen: ${error.message}`));
    return;
  }
  const current = chosen || read.data.coachNews;
  const form = h(
    "form",
    {
      class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart",
      "aria-labelledby": "mail-kop",
      novalidate: true,
      id: "mailvoorkeuren",
      "data-opgeslagen": read.data.coachNews,
    },
    h("h2", { class: "utrecht-heading-2", id: "mail-kop" }, "Notities en berichten van inwoners"),
    radioGroup("Wanneer wil je een mail?", "coachnieuws", COACH_NEWS, current),
    problem ? errorBox(problem) : null,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Opslaan"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const coachNews = form.querySelector("input[name=coachnieuws]:checked").value;
    try {
      await apiVersioned("PUT", "/me/mail-preferences", { ...read.data, coachNews }, read.etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      showPreferences(changeProblem(error, "Opslaan lukte niet"), coachNews);
      return;
    }
    await showPreferences();
    announce("Je mailvoorkeuren zijn opgeslagen.");
  });
  showPage(
    TITLE,
    heading,
    h("p", { class: "utrecht-paragraph" }, "In een mail staat nooit wat de inwoner schreef. De mail heeft een link naar het traject."),
    form,
  );
}
