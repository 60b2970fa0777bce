// The final report (eindrapportage): a download of the PDF (GET …/final-report) for coaches and
// specialists, and for protective administration the advice to the sub-district court, which the
// specialist writes (PUT …/court-advice, versioned) and makes final (POST …/court-advice/finalisation).
import { apiVersioned, download, SessionEnded } from "./api.js";
import { errorBox, h } from "./dom.js";
import { failureBox, field, keptSelect, keptTextarea } from "./formulier.js";
import { forgetTyped } from "./session.js";
import { COURT_RECOMMENDATION, dateText } from "./woorden.js";

const FROM_FINAL_EVALUATION = ["FINAL_EVALUATION", "AFTERCARE", "CLOSED"];

/** The report section; advice is {data, etag} of GET …/court-advice, or null. */
export function finalReportSection(ctx, advice) {
  const t = ctx.trajectory;
  const protective = t.trajectoryType === "PROTECTIVE_ADMINISTRATION";
  const status = h("div", { "aria-live": "polite" });
  const button = h(
    "button",
    { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "eindrapportage-downloaden" },
    "Eindrapportage downloaden (pdf)",
  );
  button.addEventListener("click", async () => {
    status.replaceChildren();
    try {
      const name = await download(`/trajectories/${ctx.trajectoryId}/final-report`);
      status.append(h("p", { class: "utrecht-paragraph", id: "eindrapportage-klaar" }, `De eindrapportage is gedownload als ${name}.`));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      status.append(failureBox(error, "Downloaden lukte niet"));
    }
  });
  return h(
    "section",
    { "aria-labelledby": "rapport-kop", id: "eindrapportage" },
    h("h2", { class: "utrecht-heading-2", id: "rapport-kop" }, "Eindrapportage"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      t.outcome
        ? "De eindrapportage vat het hele traject samen: plan, opdrachten, evaluaties en uitkomst."
        : "De eindevaluatie is nog niet afgerond. De eindrapportage is daarom nog een concept.",
    ),
    h("p", { class: "utrecht-paragraph" }, button),
    status,
    protective ? courtAdvice(ctx, advice) : null,
  );
}

function courtAdvice(ctx, advice) {
  const t = ctx.trajectory;
  const written = advice?.data?.written ? advice.data : null;
  const writer = t.specialistIds.includes(ctx.me.id) && FROM_FINAL_EVALUATION.includes(t.stage);
  const heading = h("h3", { class: "utrecht-heading-3", id: "advies-kop" }, "Advies aan de kantonrechter");
  if (written?.isFinal || (!writer && written)) {
    return h(
      "div",
      { id: "advies-kantonrechter" },
      heading,
      h(
        "p",
        { class: "utrecht-paragraph" },
        written.isFinal ? `Definitief sinds ${dateText(written.finalisedOn)}.` : `Concept van ${dateText(written.writtenOn)}.`,
      ),
      h("p", { class: "utrecht-paragraph" }, h("strong", {}, "Advies: "), COURT_RECOMMENDATION[written.recommendation] || written.recommendation),
      h("p", { class: "utrecht-paragraph werkomgeving-tekst" }, written.reasons),
    );
  }
  if (!writer) {
    return h("div", { id: "advies-kantonrechter" }, heading, h("p", { class: "utrecht-paragraph" }, "De specialist schrijft het advies vanaf de eindevaluatie."));
  }
  const key = `advies.${ctx.trajectoryId}`;
  const recommendation = keptSelect("advies", `${key}.advies`, { "": "Kies een advies", ...COURT_RECOMMENDATION }, written?.recommendation || "");
  const reasons = keptTextarea("onderbouwing", `${key}.onderbouwing`, 8, written?.reasons || "");
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-labelledby": "advies-kop", id: "advies-kantonrechter" },
    heading,
    h(
      "p",
      { class: "utrecht-paragraph" },
      written ? `Concept, laatst opgeslagen op ${dateText(written.writtenOn)}.` : "Nog niet geschreven.",
    ),
    field("Advies", recommendation),
    field("Onderbouwing", reasons, "Waarom dit advies? Noem wat de inwoner zelf al kan en wat nog niet."),
    errorArea,
    h(
      "p",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Advies opslaan"),
      written && t.outcome
        ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "advies-definitief", onclick: () => makeFinal() }, "Advies definitief maken")
        : null,
    ),
  );
  const reloadAfter = (text) => {
    forgetTyped(`${key}.advies`, `${key}.onderbouwing`);
    ctx.reload(text);
  };
  async function makeFinal() {
    errorArea.replaceChildren();
    try {
      await apiVersioned("POST", `/trajectories/${ctx.trajectoryId}/court-advice/finalisation`, undefined, advice.etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Definitief maken lukte niet", ctx.reload));
      return;
    }
    reloadAfter("Het advies aan de kantonrechter is definitief. De eindrapportage is nu definitief.");
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (!recommendation.value) {
      errorArea.append(errorBox("Kies eerst een advies."));
      recommendation.focus();
      return;
    }
    try {
      await apiVersioned(
        "PUT",
        `/trajectories/${ctx.trajectoryId}/court-advice`,
        { recommendation: recommendation.value, reasons: reasons.value },
        advice?.etag || '"0"',
      );
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Opslaan lukte niet", ctx.reload));
      return;
    }
    reloadAfter("Het advies aan de kantonrechter is opgeslagen als concept.");
  });
  return form;
}


