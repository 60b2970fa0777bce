// "Mijn budget": the budget plan (GET/PUT /trajectories/{id}/budget-plan). What the resident may do
// is the coach's choice: NONE (403 budget-plan-not-shared, a plain message), READ (shown, not
// edited) or READ_AND_EDIT (a form). A change sends the ETag last read as If-Match; 412 means
// someone else saved in between, which is explained with a button to load the newest plan.
import { apiWithVersion, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";

const FREQUENCIES = ["WEEKLY", "FOUR_WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"];
const FREQUENCY_TEXT = {
  WEEKLY: "perWeek",
  FOUR_WEEKLY: "perVierWeken",
  MONTHLY: "perMaand",
  QUARTERLY: "perKwartaal",
  YEARLY: "perJaar",
};
const MAX_TEXT = 200;

// The three lists of the plan: the API's field names and the texts that go with them.
const LISTS = [
  { list: "incomes", text: "source", title: "inkomstenTitel", line: "inkomenRegel", add: "inkomenToevoegen", textLabel: "inkomenBron", textHint: "inkomenBronHint", empty: "geenInkomsten" },
  { list: "expenses", text: "category", title: "uitgavenTitel", line: "uitgaveRegel", add: "uitgaveToevoegen", textLabel: "uitgaveSoort", textHint: "uitgaveSoortHint", empty: "geenUitgaven" },
  { list: "debts", text: "creditor", title: "schuldenTitel", line: "schuldRegel", add: "schuldToevoegen", textLabel: "schuldAan", textHint: "schuldAanHint", empty: "geenSchulden" },
];

export async function budgetPage(flash) {
  const { trajectoryId } = currentSession();
  const path = `/trajectories/${trajectoryId}/budget-plan`;
  const title = h("h1", { class: "utrecht-heading-1" }, t("budgetTitel"));
  showPage(t("budgetTitel"), backLink(), title, paragraph(t("laden")));
  let plan;
  let etag;
  try {
    ({ data: plan, etag } = await apiWithVersion("GET", path));
  } catch (error) {
    if (error instanceof SessionEnded) return;
    const shared = !(error instanceof ApiError && error.slug === "budget-plan-not-shared");
    showPage(t("budgetTitel"), backLink(), title, shared ? errorBox(t("foutAlgemeen")) : notice("info", t("budgetNietGedeeld")));
    return;
  }
  const saved = flash ? notice("ok", flash) : null;
  const content = [backLink(), title, saved, totals(plan)];
  if (!plan.mayEdit) {
    content.push(paragraph(t("budgetAlleenLezen")));
    for (const kind of LISTS) content.push(readList(kind, plan[kind.list]));
  } else {
    const form = editForm(plan, etag, path);
    // "Bewaard" no longer holds once something changes.
    form.addEventListener("input", () => saved?.remove());
    form.addEventListener("submit", () => saved?.remove());
    content.push(form);
  }
  showPage(t("budgetTitel"), content);
}

/** The monthly balance: what comes in, what goes out, and what is left (or short). */
function totals(plan) {
  const m = plan.monthlyTotals;
  const left = Number(m.left);
  return h(
    "section",
    { "aria-labelledby": "saldo-kop", class: "app-saldo", id: "saldo" },
    h("h2", { class: "utrecht-heading-2", id: "saldo-kop" }, t("perMaandTitel")),
    h(
      "dl",
      { class: "app-bedragen" },
      h("dt", {}, t("totaalInkomsten")),
      h("dd", {}, euros(m.income)),
      h("dt", {}, t("totaalUitgaven")),
      h("dd", {}, euros(m.expenses)),
      h("dt", {}, t("totaalAflossen")),
      h("dd", {}, euros(m.debtPayments)),
      h("dt", { class: "app-saldo__over" }, t(left < 0 ? "totaalTekort" : "totaalOver")),
      h("dd", { class: "app-saldo__over" }, euros(String(Math.abs(left)))),
    ),
    left < 0 ? notice("warning", t("tekortUitleg")) : null,
  );
}

function readList(kind, lines) {
  const headingId = newId("lijst");
  return h(
    "section",
    { "aria-labelledby": headingId, "data-lijst": kind.list },
    h("h2", { class: "utrecht-heading-2", id: headingId }, t(kind.title)),
    lines.length === 0
      ? paragraph(t(kind.empty))
      : h(
          "ul",
          { class: "app-budgetlijst" },
          lines.map((line) => h("li", {}, kind.list === "debts" ? debtText(line) : lineText(line, kind))),
        ),
  );
}

function lineText(line, kind) {
  return [h("strong", {}, line[kind.text]), " ", t("bedragPer", { bedrag: euros(line.amount), hoe: t(FREQUENCY_TEXT[line.frequency]) })];
}

function debtText(debt) {
  return [
    h("strong", {}, debt.creditor),
    " ",
    t("schuldNog", { bedrag: euros(debt.outstandingAmount) }),
    " ",
    t("schuldAflossing", { bedrag: euros(debt.periodicAmount), hoe: t(FREQUENCY_TEXT[debt.frequency]) }),
    debt.endDate ? ` ${t("schuldTot", { datum: dateText(debt.endDate) })}` : "",
  ];
}

/** The form for READ_AND_EDIT: every line as a group of fields, lines can be added and removed. */
function editForm(plan, etag, path) {
  // The lines being edited, amounts as the resident types them (with a comma).
  const state = {
    incomes: plan.incomes.map((l) => ({ source: l.source, amount: typed(l.amount), frequency: l.frequency })),
    expenses: plan.expenses.map((l) => ({ category: l.category, amount: typed(l.amount), frequency: l.frequency })),
    debts: plan.debts.map((d) => ({
      creditor: d.creditor,
      outstandingAmount: typed(d.outstandingAmount),
      periodicAmount: typed(d.periodicAmount),
      frequency: d.frequency,
      endDate: d.endDate || "",
    })),
  };
  const feedback = h("div", { id: "budget-melding" });
  const sections = Object.fromEntries(LISTS.map((kind) => [kind.list, h("section", { "data-lijst": kind.list })]));
  const form = h(
    "form",
    { novalidate: true, class: "app-stapel", id: "budget-formulier", onsubmit: save },
    paragraph(t("budgetUitleg")),
    LISTS.map((kind) => sections[kind.list]),
    feedback,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, t("budgetBewaren")),
  );
  for (const kind of LISTS) drawList(kind);
  return form;

  function drawList(kind, focus) {
    const headingId = `kop-${kind.list}`;
    const lines = state[kind.list];
    const addButton = button(t(kind.add), {
      onclick: () => {
        lines.push(kind.list === "debts" ? { creditor: "", outstandingAmount: "", periodicAmount: "", frequency: "MONTHLY", endDate: "" } : { [kind.text]: "", amount: "", frequency: "MONTHLY" });
        drawList(kind, lines.length - 1);
      },
    }, false);
    sections[kind.list].setAttribute("aria-labelledby", headingId);
    // replaceChildren takes nodes only: no arrays, no null.
    sections[kind.list].replaceChildren(
      ...[
        h("h2", { class: "utrecht-heading-2", id: headingId }, t(kind.title)),
        lines.length === 0 ? paragraph(t(kind.empty)) : null,
        lines.map((line, index) => lineFields(kind, line, index)),
        addButton,
      ]
        .flat()
        .filter(Boolean),
    );
    if (focus === "add") addButton.focus();
    else if (focus !== undefined) sections[kind.list].querySelector(`[data-regel="${kind.list}-${focus}"] input`)?.focus();
  }

  function lineFields(kind, line, index) {
    const fields = [textInput(t(kind.textLabel), line, kind.text, t(kind.textHint))];
    if (kind.list === "debts") {
      fields.push(amountInput(t("schuldOpenstaand"), line, "outstandingAmount"));
      fields.push(amountInput(t("schuldPerKeer"), line, "periodicAmount"));
      fields.push(frequencySelect(t("hoeVaakAflossen"), line));
      fields.push(dateInput(t("schuldEinddatum"), line));
    } else {
      fields.push(amountInput(t("bedrag"), line, "amount"));
      fields.push(frequencySelect(t("hoeVaak"), line));
    }
    return h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-regel", "data-regel": `${kind.list}-${index}` },
      h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, t(kind.line, { nummer: index + 1 })),
      fields,
      button(t("weghalen"), {
        "aria-label": t("weghalenRegel", { regel: t(kind.line, { nummer: index + 1 }) }),
        onclick: () => {
          state[kind.list].splice(index, 1);
          drawList(kind, "add");
          announce(t("regelWeg"));
        },
      }, false),
    );
  }

  async function save(event) {
    event.preventDefault();
    feedback.replaceChildren();
    for (const input of form.querySelectorAll("input, select")) input.dispatchEvent(new Event("change"));
    const invalid = form.querySelector("[aria-invalid=true]");
    if (invalid) {
      feedback.replaceChildren(errorBox(t("budgetFouten")));
      invalid.focus();
      return;
    }
    const body = {
      incomes: state.incomes.map((l) => ({ source: l.source.trim(), amount: amount(l.amount), frequency: l.frequency })),
      expenses: state.expenses.map((l) => ({ category: l.category.trim(), amount: amount(l.amount), frequency: l.frequency })),
      debts: state.debts.map((d) => ({
        creditor: d.creditor.trim(),
        outstandingAmount: amount(d.outstandingAmount),
        periodicAmount: amount(d.periodicAmount),
        frequency: d.frequency,
        endDate: d.endDate || null,
      })),
    };
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    try {
      await apiWithVersion("PUT", path, body, etag);
      announce(t("budgetBewaard"));
      budgetPage(t("budgetBewaard"));
    } catch (error) {
      if (error instanceof SessionEnded) return;
      submit.disabled = false;
      if (error instanceof ApiError && error.status === 412) {
        feedback.replaceChildren(
          h(
            "div",
            { class: "utrecht-alert utrecht-alert--error", role: "alert" },
            paragraph(t("budgetVeranderd")),
            button(t("budgetOpnieuwLaden"), { onclick: () => budgetPage() }),
          ),
        );
      } else if (error instanceof ApiError && error.status === 403) {
        feedback.replaceChildren(errorBox(t("budgetMagNietMeer")));
      } else if (error instanceof ApiError && (error.status === 400 || error.status === 422)) {
        feedback.replaceChildren(errorBox(t("budgetFouten")));
      } else {
        feedback.replaceChildren(errorBox(t("foutAlgemeen")));
      }
      feedback.querySelector("button, [role=alert]")?.focus?.();
    }
  }
}

// ---------------------------------------------------------------- fields

function field(label, input, hint, check) {
  const hintId = hint ? newId("hint") : null;
  const errorId = newId("fout");
  const error = h("p", { class: "utrecht-form-field-error-message app-fout", id: errorId, hidden: true });
  input.setAttribute("aria-describedby", [hintId, errorId].filter(Boolean).join(" "));
  if (check) {
    input.addEventListener("change", () => {
      const message = check(input.value);
      error.textContent = message || "";
      error.hidden = !message;
      if (message) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    });
  }
  return h(
    "div",
    { class: "utrecht-form-field utrecht-form-field--text app-veld" },
    h("p", { class: "utrecht-form-field__label" }, h("label", { class: "utrecht-form-label", for: input.id }, label)),
    hint ? h("p", { class: "utrecht-form-field__description", id: hintId }, hint) : null,
    error,
    h("p", { class: "utrecht-form-field__input" }, input),
  );
}

function textInput(label, line, key, hint) {
  const input = h("input", { id: newId(key), name: key, class: "utrecht-textbox utrecht-textbox--html-input", maxlength: MAX_TEXT, autocomplete: "off" });
  input.value = line[key];
  input.addEventListener("input", () => (line[key] = input.value));
  return field(label, input, hint, (v) => (v.trim() === "" ? t("vulIn") : null));
}

function amountInput(label, line, key) {
  const input = h("input", { id: newId(key), name: key, class: "utrecht-textbox utrecht-textbox--html-input app-bedrag", inputmode: "decimal", autocomplete: "off" });
  input.value = line[key];
  input.addEventListener("input", () => (line[key] = input.value));
  return field(label, input, t("bedragHint"), (v) => (amount(v) === null ? t("bedragFout") : null));
}

function frequencySelect(label, line) {
  const select = h(
    "select",
    { id: newId("frequentie"), name: "frequency", class: "utrecht-select utrecht-select--html-select" },
    FREQUENCIES.map((f) => h("option", { value: f, selected: line.frequency === f }, t(FREQUENCY_TEXT[f]))),
  );
  select.addEventListener("change", () => (line.frequency = select.value));
  return field(label, select);
}

function dateInput(label, line) {
  const input = h("input", { id: newId("einddatum"), name: "endDate", type: "date", class: "utrecht-textbox utrecht-textbox--html-input" });
  input.value = line.endDate;
  input.addEventListener("input", () => (line.endDate = input.value));
  input.addEventListener("change", () => (line.endDate = input.value));
  return field(label, input, t("magLeeg"));
}

// ---------------------------------------------------------------- amounts

/** "1.234,50", "12,5", "12.50" or "€ 12" as the API's "1234.50"; null when it is no amount. */
export function amount(typedText) {
  let text = String(typedText || "").replace(/[€\s]/g, "");
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) text = text.replace(/\./g, "");
  text = text.replace(",", ".");
  return /^\d{1,10}(\.\d{1,2})?$/.test(text) ? text : null;
}

/** The API's "1234.50" as typed by a person: "1234,50". */
function typed(apiAmount) {
  return String(apiAmount).replace(".", ",");
}

function euros(apiAmount) {
  return Number(apiAmount).toLocaleString("nl-NL", { style: "currency", currency: "EUR" });
}

function dateText(isoDate) {
  return new Date(`${isoDate}T12:00:00`).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
