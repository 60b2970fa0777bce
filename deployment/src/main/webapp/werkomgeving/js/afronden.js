// The end of a trajectory: stopping early with a reason (POST …/early-stop), aftercare check-ins
// (waakvlamgesprekken, …/check-ins) and closing (POST …/closure); and the screenings compared,
// start against end per domain, as bars with a table holding the same numbers.
import { api, SessionEnded } from "./api.js";
import { errorBox, h } from "./dom.js";
import { failureBox, field, keptSelect, keptTextarea, radios, textInput } from "./formulier.js";
import { forgetTyped, keepTyped } from "./session.js";
import { EARLY_STOP_REASON, THEME, dateText } from "./woorden.js";

/** Asked at every check-in; the municipality's figures count the answer at the last one. */
const STILL_INDEPENDENT = {
  ja: { name: "Ja, de inwoner redt het nog zelf" },
  nee: { name: "Nee, de inwoner heeft weer hulp nodig" },
};
const STILL_INDEPENDENT_TEXT = { true: " (redt het nog zelf)", false: " (heeft weer hulp nodig)" };

const BEFORE_FINAL = ["SELECTED", "INVITED", "ACTIVATED", "START_SCREENING", "START_CONVERSATION", "COACHING_PART_ONE", "MID_EVALUATION", "COACHING_PART_TWO", "END_SCREENING"];

/** Stopping early, offered until the final evaluation; an early stop already made is shown. */
export function earlyStopSection(ctx, earlyStop) {
  const t = ctx.trajectory;
  if (earlyStop) {
    return h(
      "section",
      { "aria-labelledby": "stoppen-kop", id: "eerder-gestopt" },
      h("h2", { class: "utrecht-heading-2", id: "stoppen-kop" }, "Eerder gestopt"),
      h(
        "p",
        { class: "utrecht-paragraph" },
        `Gestopt op ${dateText(earlyStop.stoppedOn)}: ${EARLY_STOP_REASON[earlyStop.reason] || earlyStop.reason}.`,
        earlyStop.explanation ? ` ${earlyStop.explanation}` : "",
      ),
    );
  }
  if (!BEFORE_FINAL.includes(t.stage)) return null;
  const key = `stoppen.${ctx.trajectoryId}`;
  const reason = keptSelect("reden", `${key}.reden`, { "": "Kies een reden", ...EARLY_STOP_REASON });
  const explanation = keptTextarea("toelichting", `${key}.toelichting`, 3);
  const errorArea = h("div", {});
  const startedCoaching = !["SELECTED", "INVITED", "ACTIVATED", "START_SCREENING"].includes(t.stage);
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Traject eerder stoppen", id: "eerder-stoppen" },
    h(
      "p",
      { class: "utrecht-paragraph" },
      startedCoaching
        ? "Na het stoppen opent de eindevaluatie meteen. Rond die af met de uitkomst, zoals altijd."
        : "Het startgesprek is nog niet afgerond: het traject wordt meteen afgesloten.",
    ),
    field("Reden", reason),
    field("Toelichting", explanation, "Voor het dossier: waarom stoppen jullie nu?"),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Traject eerder stoppen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (!reason.value) {
      errorArea.append(errorBox("Kies eerst een reden."));
      reason.focus();
      return;
    }
    try {
      await api("POST", `/trajectories/${ctx.trajectoryId}/early-stop`, {
        reason: reason.value,
        explanation: explanation.value.trim() || null,
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Stoppen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.reden`, `${key}.toelichting`);
    ctx.reload(startedCoaching ? "Het traject is gestopt. Rond nu de eindevaluatie af." : "Het traject is gestopt en afgesloten.");
  });
  return h(
    "section",
    { "aria-labelledby": "stoppen-kop" },
    h("h2", { class: "utrecht-heading-2", id: "stoppen-kop" }, "Eerder stoppen"),
    h("details", { class: "werkomgeving-details" }, h("summary", {}, "Het traject eerder stoppen"), form),
  );
}

/** In aftercare: plan and hold check-ins, and close the trajectory. */
export function aftercareSection(ctx, checkIns) {
  if (ctx.trajectory.stage !== "AFTERCARE" || !checkIns) return null;
  const key = `nazorg.${ctx.trajectoryId}`;
  const date = keepTyped(textInput("gepland-op", "date"), `${key}.datum`);
  const planError = h("div", {});
  const planForm = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": "Waakvlamgesprek plannen" },
    field("Datum van het waakvlamgesprek", date, "Vandaag of later."),
    planError,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Waakvlamgesprek plannen"),
  );
  planForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    planError.replaceChildren();
    if (!date.value) {
      planError.append(errorBox("Kies eerst een datum."));
      date.focus();
      return;
    }
    try {
      await api("POST", `/trajectories/${ctx.trajectoryId}/check-ins`, { plannedOn: date.value });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      planError.append(failureBox(error, "Plannen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.datum`);
    ctx.reload("Het waakvlamgesprek is gepland.");
  });
  const closeError = h("div", {});
  return h(
    "section",
    { "aria-labelledby": "nazorg-kop", id: "nazorg" },
    h("h2", { class: "utrecht-heading-2", id: "nazorg-kop" }, "Nazorg"),
    checkIns.items.length === 0
      ? h("p", { class: "utrecht-paragraph" }, "Er zijn nog geen waakvlamgesprekken gepland.")
      : h("ul", { class: "utrecht-unordered-list werkomgeving-lijst" }, checkIns.items.map((c) => checkInItem(ctx, c))),
    planForm,
    h("h3", { class: "utrecht-heading-3" }, "Traject afsluiten"),
    h("p", { class: "utrecht-paragraph" }, "Na het afsluiten kun je niets meer wijzigen. Het budgetplan blijft voor de inwoner beschikbaar."),
    closeError,
    h(
      "button",
      {
        type: "button",
        class: "utrecht-button utrecht-button--secondary-action",
        onclick: async () => {
          closeError.replaceChildren();
          try {
            await api("POST", `/trajectories/${ctx.trajectoryId}/closure`);
          } catch (error) {
            if (error instanceof SessionEnded) return;
            closeError.append(failureBox(error, "Afsluiten lukte niet", ctx.reload));
            return;
          }
          ctx.reload("Het traject is afgesloten.");
        },
      },
      "Traject afsluiten",
    ),
  );
}

function checkInItem(ctx, c) {
  if (c.heldOn) {
    const still = STILL_INDEPENDENT_TEXT[String(c.stillIndependent)] || "";
    return h("li", { class: "utrecht-unordered-list__item" }, `Gehouden op ${dateText(c.heldOn)}: ${c.summary}${still}`);
  }
  const key = `nazorg.${ctx.trajectoryId}.${c.id}`;
  const summary = keptTextarea("samenvatting", key, 2);
  const independentName = `zelfstandig-${c.id}`;
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-label": `Waakvlamgesprek van ${dateText(c.plannedOn)}` },
    field("Korte samenvatting van het gesprek", summary),
    radios("Redt de inwoner het nog zelf?", independentName, `${key}.zelfstandig`, STILL_INDEPENDENT),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Gesprek gehouden"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (summary.value.trim() === "") {
      errorArea.append(errorBox("Schrijf eerst een korte samenvatting."));
      summary.focus();
      return;
    }
    const independent = form.querySelector(`input[name="${independentName}"]:checked`)?.value;
    if (!independent) {
      errorArea.append(errorBox("Kies of de inwoner het nog zelf redt."));
      return;
    }
    try {
      await api("PUT", `/trajectories/${ctx.trajectoryId}/check-ins/${c.id}`, {
        summary: summary.value.trim(),
        stillIndependent: independent === "ja",
      });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Opslaan lukte niet", ctx.reload));
      return;
    }
    forgetTyped(key, `${key}.zelfstandig.ja`, `${key}.zelfstandig.nee`);
    ctx.reload("Het waakvlamgesprek is vastgelegd.");
  });
  return h("li", { class: "utrecht-unordered-list__item" }, `Gepland op ${dateText(c.plannedOn)}`, form);
}

/** The screenings: each one's date, and start against end per domain once both exist. */
export function screeningsSection(ctx, screenings) {
  const form = ctx.leads && screenings ? screeningForm(ctx, screenings) : null;
  if (!screenings || (screenings.items.length === 0 && !form)) return null;
  if (screenings.items.length === 0) {
    return h(
      "section",
      { "aria-labelledby": "screenings-kop", id: "screenings" },
      h("h2", { class: "utrecht-heading-2", id: "screenings-kop" }, "Screenings"),
      h("p", { class: "utrecht-paragraph" }, "Er is nog geen screening. Doet de inwoner de zelfscan in de app, dan verschijnt die hier."),
      form,
    );
  }
  const kinds = { START: "Startscreening", INTERIM: "Tussentijdse screening", END: "Eindscreening" };
  const c = screenings.comparison;
  const number = (n) => (n === null || n === undefined ? "–" : String(n).replace(".", ","));
  const max = Math.max(5, ...(c ? c.domains.flatMap((d) => [d.start || 0, d.end || 0]) : []));
  return h(
    "section",
    { "aria-labelledby": "screenings-kop", id: "screenings" },
    h("h2", { class: "utrecht-heading-2", id: "screenings-kop" }, "Screenings"),
    h(
      "ul",
      { class: "utrecht-unordered-list werkomgeving-lijst" },
      screenings.items.map((s) => h("li", { class: "utrecht-unordered-list__item" }, `${kinds[s.kind] || s.kind} (${s.instrument}), ${dateText(s.takenOn)}`)),
    ),
    c
      ? [
          h("h3", { class: "utrecht-heading-3" }, `Begin en eind vergeleken (${c.instrument})`),
          h(
            "div",
            { class: "werkomgeving-grafiek", "aria-hidden": "true" },
            c.domains.map((d) =>
              h(
                "div",
                { class: "werkomgeving-grafiek__domein" },
                h("span", { class: "werkomgeving-grafiek__naam" }, d.domain),
                h("span", { class: "werkomgeving-balk werkomgeving-balk--begin" }, h("span", { class: "werkomgeving-balk__vulling", "data-procent": Math.round((100 * (d.start || 0)) / max) })),
                h("span", { class: "werkomgeving-klein" }, `begin ${number(d.start)}`),
                h("span", { class: "werkomgeving-balk werkomgeving-balk--eind" }, h("span", { class: "werkomgeving-balk__vulling", "data-procent": Math.round((100 * (d.end || 0)) / max) })),
                h("span", { class: "werkomgeving-klein" }, `eind ${number(d.end)}`),
              ),
            ),
          ),
          h(
            "div",
            { class: "werkomgeving-tabel", tabindex: "0", role: "region", "aria-label": "Score per domein bij begin en eind" },
            h(
              "table",
              { class: "utrecht-table utrecht-table--html-table", id: "screening-tabel" },
              h("caption", { class: "utrecht-table__caption" }, "Score per domein bij begin en eind"),
              h(
                "thead",
                { class: "utrecht-table__header" },
                h(
                  "tr",
                  { class: "utrecht-table__row" },
                  ["Domein", "Begin", "Eind", "Verschil"].map((t) => h("th", { class: "utrecht-table__header-cell", scope: "col" }, t)),
                ),
              ),
              h(
                "tbody",
                { class: "utrecht-table__body" },
                c.domains.map((d) =>
                  h(
                    "tr",
                    { class: "utrecht-table__row" },
                    h("th", { class: "utrecht-table__header-cell", scope: "row" }, d.domain),
                    h("td", { class: "utrecht-table__cell" }, number(d.start)),
                    h("td", { class: "utrecht-table__cell" }, number(d.end)),
                    h("td", { class: "utrecht-table__cell" }, d.change === null || d.change === undefined ? "–" : `${d.change > 0 ? "+" : ""}${number(d.change)}`),
                  ),
                ),
              ),
            ),
          ),
        ]
      : h("p", { class: "utrecht-paragraph" }, "Een vergelijking verschijnt als er een begin- en een eindscreening met hetzelfde instrument zijn."),
    form,
  );
}

/** Which screenings the stage allows (as the domain rules say), start and end only once. */
function screeningKinds(stage, items) {
  const taken = (kind) => items.some((s) => s.kind === kind);
  const kinds = {};
  if (["ACTIVATED", "START_SCREENING", "START_CONVERSATION"].includes(stage) && !taken("START")) kinds.START = "Startscreening";
  if (["COACHING_PART_ONE", "MID_EVALUATION", "COACHING_PART_TWO"].includes(stage)) kinds.INTERIM = "Tussentijdse screening";
  if (["COACHING_PART_TWO", "END_SCREENING", "FINAL_EVALUATION"].includes(stage) && !taken("END")) kinds.END = "Eindscreening";
  return kinds;
}

/** The coach records an instrument's scores per domain, for instance from Mesis. */
function screeningForm(ctx, screenings) {
  const kinds = screeningKinds(ctx.trajectory.stage, screenings.items);
  if (Object.keys(kinds).length === 0) return null;
  const key = `screening.${ctx.trajectoryId}`;
  const kind = keptSelect("soort-screening", `${key}.soort`, kinds);
  const instrument = keepTyped(textInput("instrument", "text", { value: "Mesis", autocomplete: "off" }), `${key}.instrument`);
  const rows = Object.values(THEME).map((name, i) => {
    const domain = keepTyped(textInput(`domein-${i}`, "text", { value: name, autocomplete: "off" }), `${key}.domein.${i}`);
    const score = keepTyped(textInput(`score-${i}`, "text", { inputmode: "decimal", autocomplete: "off" }), `${key}.score.${i}`);
    return [domain, score, i];
  });
  const errorArea = h("div", {});
  const form = h(
    "form",
    { class: "werkomgeving-stapel", "aria-labelledby": "screening-vastleggen-kop", id: "screening-vastleggen", novalidate: true },
    h("h3", { class: "utrecht-heading-3", id: "screening-vastleggen-kop" }, "Screening vastleggen"),
    h("p", { class: "utrecht-paragraph" }, "Vul de score per domein in zoals het instrument die geeft. Een domein zonder score telt niet mee."),
    field("Soort screening", kind),
    field("Instrument", instrument),
    rows.map(([domain, score, i]) =>
      h(
        "div",
        { class: "werkomgeving-filters" },
        field(`Domein ${i + 1}`, domain),
        field(`Score domein ${i + 1}`, score),
      ),
    ),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--secondary-action" }, "Screening vastleggen"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    const scores = {};
    let wrong = null;
    for (const [domain, score] of rows) {
      const text = score.value.trim().replace(",", ".");
      score.removeAttribute("aria-invalid");
      if (text === "") continue;
      if (!/^-?\d{1,4}(\.\d{1,2})?$/.test(text) || domain.value.trim() === "") {
        score.setAttribute("aria-invalid", "true");
        wrong = wrong || score;
        continue;
      }
      scores[domain.value.trim()] = Number(text);
    }
    if (wrong) {
      errorArea.append(errorBox("Een score is een getal, zoals 3 of 3,5, bij een domein met een naam."));
      wrong.focus();
      return;
    }
    if (Object.keys(scores).length === 0 || instrument.value.trim() === "") {
      errorArea.append(errorBox("Vul het instrument en minstens één score in."));
      return;
    }
    try {
      await api("POST", `/trajectories/${ctx.trajectoryId}/screenings`, { kind: kind.value, instrument: instrument.value.trim(), scores });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      errorArea.append(failureBox(error, "Vastleggen lukte niet", ctx.reload));
      return;
    }
    forgetTyped(`${key}.soort`, `${key}.instrument`, ...rows.flatMap(([, , i]) => [`${key}.domein.${i}`, `${key}.score.${i}`]));
    ctx.reload(`De ${kinds[kind.value].toLowerCase()} is vastgelegd.`);
  });
  return form;
}
