// "Wie kan mijn gegevens zien?": the support organisations the resident gave access (with a
// confirmation step before taking access back), giving a verified organisation access, and the
// access log (GET /me/access-log) told in plain sentences (woorden.js turns an action template
// into a verb and an object).
import { api, ApiError, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, notice, paragraph, showPage } from "./dom.js";
import { currentSession } from "./sessie.js";
import { t } from "./teksten.js";
import { accessSentence } from "./woorden.js";

const LOG_PAGE_SIZE = 25;

export async function accessPage(flash) {
  const { trajectoryId } = currentSession();
  const base = `/trajectories/${trajectoryId}`;
  let grants;
  let available;
  let trajectory = null;
  let log;
  try {
    [grants, available, log] = await Promise.all([
      api("GET", `${base}/support-grants?pageSize=100`),
      api("GET", `${base}/available-support-organisations?pageSize=100`),
      api("GET", `/me/access-log?pageSize=${LOG_PAGE_SIZE}`),
    ]);
    // Who is the coach and who the specialist; without it the log still reads, less precisely.
    trajectory = await api("GET", base).catch((e) => {
      if (e instanceof SessionEnded) throw e;
      return null;
    });
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("toegangTitel"), backLink(), h("h1", { class: "utrecht-heading-1" }, t("toegangTitel")), errorBox(t("foutAlgemeen")));
    return;
  }
  const active = grants.items.filter((g) => g.active);
  const organisationNames = new Map(grants.items.map((g) => [g.organisationId, g.organisationName]));
  for (const o of available.items) organisationNames.set(o.id, o.name);
  const people = {
    coaches: new Set(trajectory?.coachIds || []),
    specialists: new Set(trajectory?.specialistIds || []),
    organisationNames,
  };

  const grantsSection = h("section", { "aria-labelledby": "toegang-kop", id: "toegang" });
  drawGrants();

  showPage(
    t("toegangTitel"),
    backLink(),
    h("h1", { class: "utrecht-heading-1" }, t("toegangTitel")),
    flash ? notice("ok", flash) : null,
    paragraph(t("toegangUitleg")),
    grantsSection,
    grantForm(),
    logSection(),
  );

  function drawGrants(confirming) {
    const items = active.map((grant) => {
      const item = h(
        "li",
        { class: "app-kaart", "data-toegang": grant.id },
        h("h3", { class: "utrecht-heading-3" }, grant.organisationName),
        paragraph(t("toegangSinds", { datum: dateText(grant.grantedAt) })),
      );
      if (confirming === grant.id) {
        item.append(confirmation(grant));
      } else {
        item.append(button(t("toegangStoppen"), { onclick: () => drawGrants(grant.id), "aria-describedby": null }, false));
      }
      return item;
    });
    grantsSection.replaceChildren(
      h("h2", { class: "utrecht-heading-2", id: "toegang-kop" }, t("wieHeeftToegang")),
      paragraph(t("altijdToegang")),
      active.length === 0
        ? paragraph(t("geenToegang"))
        : h("ul", { class: "app-kaarten", id: "organisaties" }, items),
    );
    if (confirming) grantsSection.querySelector(".app-bevestig h4")?.focus();
  }

  function confirmation(grant) {
    const headingId = newId("bevestig");
    const feedback = h("div", {});
    return h(
      "div",
      { class: "app-bevestig", role: "group", "aria-labelledby": headingId },
      h("h4", { class: "utrecht-heading-4", id: headingId, tabindex: "-1" }, t("stoppenVraag", { organisatie: grant.organisationName })),
      paragraph(t("stoppenUitleg")),
      feedback,
      h(
        "div",
        { class: "app-knoppen" },
        button(t("jaStoppen"), {
          onclick: async (event) => {
            event.target.disabled = true;
            try {
              await api("POST", `${base}/support-grants/${grant.id}/revocation`);
              announce(t("toegangGestopt", { organisatie: grant.organisationName }));
              accessPage(t("toegangGestopt", { organisatie: grant.organisationName }));
            } catch (error) {
              if (error instanceof SessionEnded) return;
              if (error instanceof ApiError && error.slug === "grant-already-revoked") {
                accessPage(t("toegangGestopt", { organisatie: grant.organisationName }));
                return;
              }
              event.target.disabled = false;
              feedback.replaceChildren(errorBox(t("foutAlgemeen")));
            }
          },
        }),
        button(t("neeTerug"), { onclick: () => drawGrants() }, false),
      ),
    );
  }

  function grantForm() {
    const activeIds = new Set(active.map((g) => g.organisationId));
    const choices = available.items.filter((o) => !activeIds.has(o.id));
    const section = h(
      "section",
      { "aria-labelledby": "geven-kop" },
      h("h2", { class: "utrecht-heading-2", id: "geven-kop" }, t("toegangGevenTitel")),
    );
    if (choices.length === 0) {
      section.append(paragraph(t("geenOrganisaties")));
      return section;
    }
    const feedback = h("div", {});
    const inputs = choices.map((o) => {
      const id = newId("organisatie");
      return {
        o,
        input: h("input", { type: "radio", id, name: "organisatie", value: o.id, class: "utrecht-radio-button utrecht-radio-button--html-input" }),
        id,
      };
    });
    const form = h(
      "form",
      {
        novalidate: true,
        onsubmit: async (event) => {
          event.preventDefault();
          const chosen = inputs.find((i) => i.input.checked);
          if (!chosen) {
            feedback.replaceChildren(errorBox(t("kiesOrganisatie")));
            inputs[0].input.focus();
            return;
          }
          try {
            await api("POST", `${base}/support-grants`, { organisationId: chosen.o.id });
            accessPage(t("toegangGegeven", { organisatie: chosen.o.name }));
          } catch (error) {
            if (error instanceof SessionEnded) return;
            feedback.replaceChildren(errorBox(t("foutAlgemeen")));
          }
        },
      },
      paragraph(t("toegangGevenUitleg")),
      h(
        "fieldset",
        { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset app-vraag" },
        h("legend", { class: "utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend" }, t("kiesOrganisatieVraag")),
        inputs.map(({ o, input, id }) =>
          h(
            "div",
            { class: "utrecht-form-field utrecht-form-field--radio app-keuze" },
            input,
            h("label", { class: "utrecht-form-label utrecht-form-label--radio", for: id }, o.name),
          ),
        ),
      ),
      feedback,
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, t("toegangGevenKnop")),
    );
    section.append(form);
    return section;
  }

  function logSection() {
    const list = h("ul", { class: "app-logboek", id: "logboek" });
    let shown = 0;
    let page = 1;
    const more = button(t("meerLaden"), { onclick: loadMore }, false);
    const section = h(
      "section",
      { "aria-labelledby": "logboek-kop" },
      h("h2", { class: "utrecht-heading-2", id: "logboek-kop" }, t("logboekTitel")),
      paragraph(t("logboekUitleg")),
      log.items.length === 0 ? paragraph(t("logboekLeeg")) : list,
      more,
    );
    add(log);

    function add(result) {
      for (const entry of result.items) {
        list.append(h("li", { class: "app-logregel" }, accessSentence(entry, people)));
      }
      shown += result.items.length;
      more.hidden = shown >= result.totalItems;
    }

    async function loadMore() {
      try {
        page += 1;
        add(await api("GET", `/me/access-log?page=${page}&pageSize=${LOG_PAGE_SIZE}`));
      } catch (error) {
        if (error instanceof SessionEnded) return;
        page -= 1;
        section.append(errorBox(t("foutAlgemeen")));
      }
    }
    return section;
  }
}

function dateText(instant) {
  return new Date(instant).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
