// "Gesprekken met je coach": the evaluations (start, mid, final). The API shows the resident only her
// own answers. While an evaluation is open she writes her part (PUT .../evaluations/{kind}/answers,
// free text per question, blank ones left out); once concluded she reads the joint conclusion.
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { longDate } from "./woorden.js";

const ORDER = ["FINAL", "MID", "START"];

export async function conversationsPage(flash) {
  const { trajectoryId } = currentSession();
  const title = h("h1", { class: "utrecht-heading-1" }, t("gesprekkenTitel"));
  showPage(t("gesprekkenTitel"), backLink(), title, paragraph(t("laden")));
  let list;
  try {
    list = await api("GET", `/trajectories/${trajectoryId}/evaluations`);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("gesprekkenTitel"), backLink(), title, errorBox(t("foutAlgemeen")));
    return;
  }
  const me = currentSession().me?.id;
  const evaluations = list.items.slice().sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  const content = [backLink(), title, flash ? notice("ok", flash) : null, paragraph(t("gesprekkenUitleg"))];
  if (evaluations.length === 0) content.push(notice("info", t("geenGesprekken")));
  for (const evaluation of evaluations) content.push(evaluationSection(trajectoryId, evaluation, me));
  showPage(t("gesprekkenTitel"), content);
}

function evaluationSection(trajectoryId, evaluation, me) {
  const kind = evaluation.kind;
  const headingId = `gesprek-${kind.toLowerCase()}-kop`;
  const mine = Object.fromEntries(
    evaluation.answers
      .filter((a) => a.participantRole === "RESIDENT" && (!me || a.personId === me))
      .map((a) => [a.questionId, a.text]),
  );
  const concluded = Boolean(evaluation.concludedOn);
  const parts = [
    h("h2", { class: "utrecht-heading-2", id: headingId }, t(`gesprek${kind}`)),
    paragraph(t("gesprekGeopend", { datum: longDate(evaluation.openedOn) }), { class: "utrecht-paragraph app-datum" }),
  ];
  if (concluded) {
    parts.push(
      h("h3", { class: "utrecht-heading-3" }, t("samenBesloten")),
      evaluation.jointConclusion
        ? h("blockquote", { class: "utrecht-blockquote app-besluit" }, paragraph(evaluation.jointConclusion))
        : paragraph(t("nogGeenBesluit")),
      paragraph(t("gesprekDicht")),
      h(
        "dl",
        { class: "app-antwoorden" },
        evaluation.questions.flatMap((q) => [h("dt", {}, q.text), h("dd", {}, mine[q.id] || t("nietBeantwoord"))]),
      ),
    );
  } else {
    parts.push(answerForm(trajectoryId, evaluation, mine));
  }
  return h("section", { class: "app-stapel app-evaluatie", "data-gesprek": kind, "aria-labelledby": headingId }, parts);
}

function answerForm(trajectoryId, evaluation, mine) {
  const fields = evaluation.questions.map((q) => {
    const id = newId(`gesprek-${q.id}`);
    const input = h("textarea", { id, name: q.id, rows: 3, class: "utrecht-textarea utrecht-textarea--html-textarea" });
    input.value = mine[q.id] || "";
    return {
      q,
      input,
      element: h(
        "div",
        { class: "utrecht-form-field utrecht-form-field--text app-vraag", "data-vraag": q.id },
        h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: id }, q.text)),
        h("p", { class: "utrecht-form-field__input" }, input),
      ),
    };
  });
  const feedback = h("div", {});
  const save = button(t("antwoordenBewaren"), { type: "submit" });
  const form = h(
    "form",
    { class: "app-stapel", novalidate: true },
    paragraph(t("gesprekVragenUitleg")),
    fields.map((f) => f.element),
    feedback,
    save,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    feedback.replaceChildren();
    const answers = Object.fromEntries(fields.map((f) => [f.q.id, f.input.value.trim()]).filter(([, v]) => v !== ""));
    const tooLong = fields.find((f) => f.input.value.trim().length > 4000);
    if (Object.keys(answers).length === 0 || tooLong) {
      const box = errorBox(t(tooLong ? "tekstTeLang" : "vulEenVraagIn"));
      box.setAttribute("tabindex", "-1");
      feedback.append(box);
      (tooLong || fields[0]).input.focus();
      return;
    }
    save.disabled = true;
    try {
      await api("PUT", `/trajectories/${trajectoryId}/evaluations/${evaluation.kind.toLowerCase()}/answers`, { answers });
      await conversationsPage(t("antwoordenBewaard"));
      announce(t("antwoordenBewaard"));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      const closed = error instanceof ApiError && error.status === 409;
      const box = errorBox(t(closed ? "gesprekDicht" : "foutAlgemeen"));
      box.setAttribute("tabindex", "-1");
      feedback.append(box);
      box.focus();
    } finally {
      save.disabled = false;
    }
  });
  return form;
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
