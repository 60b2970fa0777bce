// The next conversation with the resident (in Dutch "gesprek", not "afspraak", which the growth
// plan uses for an agreement): when and where (PUT/DELETE …/next-conversation). The
// resident sees it on the app's home screen. The time is Dutch time, as coach and resident agree it.
import { api, SessionEnded } from "./api.js";
import { errorBox, h } from "./dom.js";
import { failureBox, field, textInput } from "./formulier.js";
import { forgetTyped, keepTyped } from "./session.js";
import { wallClockText } from "./woorden.js";

/** The appointment for everyone; a form to plan, move or cancel it for whoever leads. */
export function conversationSection(ctx) {
  const { trajectory, trajectoryId, leads } = ctx;
  if (trajectory.stage === "CLOSED") return null;
  const planned = trajectory.nextConversation;
  const now = planned
    ? h("p", { class: "utrecht-paragraph", id: "afspraak-stand" }, `${wallClockText(planned.startsAt)}, ${planned.place}.`)
    : h("p", { class: "utrecht-paragraph", id: "afspraak-stand" }, "Er is geen gesprek gepland.");
  if (!leads) return section(now);

  const key = `afspraak.${trajectoryId}`;
  const startsAt = keepTyped(textInput("afspraak-moment", "datetime-local"), `${key}.moment`);
  const place = keepTyped(textInput("afspraak-plaats", "text", { maxlength: "200", autocomplete: "off" }), `${key}.plaats`);
  if (planned && !startsAt.value) startsAt.value = planned.startsAt.slice(0, 16);
  if (planned && !place.value) place.value = planned.place;
  const errorArea = h("div", {});
  const actions = h(
    "div",
    {},
    h(
      "div",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, planned ? "Gesprek verzetten" : "Gesprek plannen"),
      planned
        ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => askToCancel() }, "Gesprek afzeggen")
        : null,
    ),
  );
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Volgend gesprek plannen", novalidate: true },
    field("Datum en tijd", startsAt, "Nederlandse tijd. Later dan nu."),
    field("Plaats", place, "De inwoner leest dit zo in de app. Bijvoorbeeld: gemeentehuis, kamer 2.14. Of: bij je thuis."),
    errorArea,
    actions,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    const missing = !startsAt.value ? [startsAt, "Kies eerst een datum en tijd."] : !place.value.trim() ? [place, "Vul de plaats in."] : null;
    if (missing) {
      errorArea.append(errorBox(missing[1]));
      missing[0].focus();
      return;
    }
    try {
      await api("PUT", `/trajectories/${trajectoryId}/next-conversation`, { startsAt: startsAt.value, place: place.value });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Plannen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.moment`, `${key}.plaats`);
    ctx.reload("Het gesprek is gepland. De inwoner ziet het in de app.");
  });

  // Asked first, in the page: the resident may already have had a reminder mail.
  function askToCancel() {
    errorArea.replaceChildren();
    const question = h(
      "p",
      { class: "utrecht-paragraph", tabindex: "-1", id: "afspraak-vraag" },
      "Wil je dit gesprek afzeggen? Laat het de inwoner ook in een bericht weten.",
    );
    actions.replaceChildren(
      question,
      h(
        "div",
        { class: "werkomgeving-knoppen" },
        h("button", { type: "button", class: "utrecht-button utrecht-button--primary-action", onclick: () => cancel() }, "Ja, gesprek afzeggen"),
        h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", onclick: () => ctx.reload() }, "Nee, laat staan"),
      ),
    );
    question.focus();
  }

  async function cancel() {
    try {
      await api("DELETE", `/trajectories/${trajectoryId}/next-conversation`);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Afzeggen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.moment`, `${key}.plaats`);
    ctx.reload("Het gesprek is afgezegd.");
  }

  return section(now, form);
}

function section(...content) {
  return h(
    "section",
    { "aria-labelledby": "afspraak-kop", class: "werkomgeving-kaart", id: "afspraak" },
    h("h2", { class: "utrecht-heading-2", id: "afspraak-kop" }, "Volgend gesprek"),
    ...content,
  );
}
