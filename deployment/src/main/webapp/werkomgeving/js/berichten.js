// Messages between coach and resident (GET/POST …/messages), oldest of the last 20 first, and
// marking the resident's messages read (POST …/message-readings): listing them marks nothing.
import { api, SessionEnded } from "./api.js";
import { errorBox, h } from "./dom.js";
import { failureBox, field, keptTextarea } from "./formulier.js";
import { forgetTyped } from "./session.js";
import { dateTimeText } from "./woorden.js";

/** messages is the first page (newest first) or null when this reader has no messages (specialist). */
export function messagesSection(ctx, messages, canSend) {
  if (!messages) return null;
  const list = [...messages.items].reverse();
  const unread = list.filter((m) => m.authorKind === "RESIDENT" && !m.readBy.some((r) => r.readerKind === "STAFF"));
  const who = (m) => (m.authorKind === "RESIDENT" ? "Inwoner" : m.authorId === ctx.me.id ? "Jij" : "Coach");
  const readError = h("div", {});
  return h(
    "section",
    { "aria-labelledby": "berichten-kop", id: "berichten" },
    h("h2", { class: "utrecht-heading-2", id: "berichten-kop" }, "Berichten met de inwoner"),
    messages.totalItems > messages.items.length
      ? h("p", { class: "utrecht-paragraph werkomgeving-klein" }, `De laatste ${messages.items.length} van ${messages.totalItems} berichten.`)
      : null,
    list.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen berichten.")
      : h(
          "ol",
          { class: "werkomgeving-berichten", "aria-label": "Berichten, oudste eerst" },
          list.map((m) =>
            h(
              "li",
              { class: `werkomgeving-bericht werkomgeving-bericht--${m.authorKind === "RESIDENT" ? "inwoner" : "medewerker"}`, "data-bericht": m.id },
              h(
                "p",
                { class: "utrecht-paragraph werkomgeving-klein" },
                h("strong", {}, who(m)),
                `, ${dateTimeText(m.sentAt)}`,
                unread.includes(m) ? " (ongelezen)" : "",
              ),
              h("p", { class: "utrecht-paragraph werkomgeving-berichttekst" }, m.text),
            ),
          ),
        ),
    unread.length > 0
      ? h(
          "div",
          { class: "werkomgeving-stapel" },
          readError,
          h(
            "button",
            {
              type: "button",
              class: "utrecht-button utrecht-button--secondary-action",
              id: "berichten-gelezen",
              onclick: async () => {
                readError.replaceChildren();
                try {
                  await api("POST", `/trajectories/${ctx.trajectoryId}/message-readings`, { upToMessageId: unread[unread.length - 1].id });
                } catch (error) {
                  if (error instanceof SessionEnded) return;
                  readError.append(failureBox(error, "Dat lukte niet", ctx.reload));
                  return;
                }
                ctx.reload("De berichten zijn gemarkeerd als gelezen.");
              },
            },
            unread.length === 1 ? "Markeer het nieuwe bericht als gelezen" : `Markeer de ${unread.length} nieuwe berichten als gelezen`,
          ),
        )
      : null,
    canSend ? sendForm(ctx) : null,
  );
}

function sendForm(ctx) {
  const key = `bericht.${ctx.trajectoryId}`;
  const text = keptTextarea("bericht", key, 3);
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Nieuw bericht aan de inwoner" },
    field("Nieuw bericht aan de inwoner", text, "Schrijf eenvoudig: de inwoner leest dit in de app."),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Bericht versturen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    text.removeAttribute("aria-invalid");
    if (text.value.trim() === "") {
      text.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox("Schrijf eerst je bericht."));
      text.focus();
      return;
    }
    try {
      await api("POST", `/trajectories/${ctx.trajectoryId}/messages`, { text: text.value.trim() });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Versturen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(key);
    ctx.reload("Je bericht is verstuurd.");
  });
  return form;
}
