// "Mijn mail": which optional mails the resident gets (GET/PUT /me/mail-preferences with
// If-Match): a weekly mail when new assignments are ready, and a reminder before a conversation
// with the coach. Mails never hold personal details; they link into the app.
import { apiWithVersion, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { t } from "./teksten.js";

export async function mailPage(problem) {
  const title = h("h1", { class: "utrecht-heading-1" }, t("mailTitel"));
  let read;
  try {
    read = await apiWithVersion("GET", "/me/mail-preferences");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("mailTitel"), backLink(), title, errorBox(t("foutAlgemeen")));
    return;
  }
  const weekly = checkbox("wekelijks", read.data.weeklyAssignments, t("mailWekelijks"));
  const reminders = checkbox("herinneringen", read.data.reminders, t("mailHerinnering"));
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true, id: "mailvoorkeuren", "data-wekelijks": String(read.data.weeklyAssignments) },
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-stapel" },
      h("legend", { class: "utrecht-form-label" }, t("mailKies")),
      weekly.field,
      reminders.field,
    ),
    problem ? notice("error", problem) : null,
    button(t("mailOpslaan"), { type: "submit" }),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await apiWithVersion(
        "PUT",
        "/me/mail-preferences",
        { ...read.data, weeklyAssignments: weekly.input.checked, reminders: reminders.input.checked },
        read.etag,
      );
    } catch (error) {
      if (error instanceof SessionEnded) return;
      mailPage(error.status === 412 ? t("mailAlGewijzigd") : t("foutAlgemeen"));
      return;
    }
    await mailPage();
    announce(t("mailOpgeslagen"));
  });
  showPage(t("mailTitel"), backLink(), title, paragraph(t("mailUitleg")), form);
}

function checkbox(name, checked, label) {
  const input = h("input", { id: newId(name), name, type: "checkbox", checked, class: "utrecht-checkbox utrecht-checkbox--html-input" });
  const field = h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--checkbox app-vinkje" },
    input,
    h("label", { class: "utrecht-form-label utrecht-form-label--checkbox", for: input.id }, label),
  );
  return { input, field };
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
