// The administrator's municipality page (#/gemeente): the purchased modules, which decide the
// trajectory types a specialist can start (GET /municipality, PUT /municipality/modules), and who
// must log in with tweestapsverificatie (PUT /municipality/second-factor-rule).
import { apiVersioned, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { changeProblem, checkboxes, checkedValues, radioGroup } from "./formulier.js";
import { MODULE, TRAJECTORY_TYPE } from "./woorden.js";

const TITLE = "Gemeente en modules";

const SECOND_FACTOR_RULE = {
  ADMINISTRATORS: "Verplicht voor beheerders (aanbevolen)",
  ALL_STAFF: "Verplicht voor alle medewerkers",
  VOLUNTARY: "Vrijwillig: iedereen kiest zelf",
};

export async function municipalityPage() {
  return showMunicipality();
}

async function showMunicipality(problem, chosen, ruleProblem) {
  const heading = h("h1", { class: "utrecht-heading-1" }, TITLE);
  let read;
  try {
    read = await apiVersioned("GET", "/municipality");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(TITLE, heading, errorBox(`De gemeente kon niet worden geladen: ${error.message}`));
    return;
  }
  const municipality = read.data;
  const purchased = municipality.purchasedModules.map((m) => m.module);
  const types = municipality.purchasedModules.flatMap((m) => m.trajectoryTypes).map((t) => TRAJECTORY_TYPE[t] || t);
  const errorArea = h("div", {}, problem ? errorBox(problem) : null);
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "modules-kop", novalidate: true },
    h("h2", { class: "utrecht-heading-2", id: "modules-kop" }, "Ingekochte modules"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Een specialist kan alleen trajecten starten uit ingekochte modules. Lopende trajecten gaan door als je een module stopt.",
    ),
    checkboxes("Modules", "module", MODULE, chosen || purchased),
    errorArea,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Modules opslaan"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const modules = checkedValues(form, "module");
    try {
      await apiVersioned("PUT", "/municipality/modules", { modules }, read.etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      showMunicipality(changeProblem(error, "Opslaan lukte niet"), modules);
      return;
    }
    await showMunicipality();
    announce("De modules zijn opgeslagen.");
  });
  const ruleForm = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "tweede-stap-kop", novalidate: true, id: "tweede-stap-regel" },
    h("h2", { class: "utrecht-heading-2", id: "tweede-stap-kop" }, "Tweestapsverificatie"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Wie moet bij het inloggen ook een code uit een app op de telefoon invullen? Wie dat moet en nog geen app heeft ingesteld, stelt die bij de volgende keer inloggen in.",
    ),
    radioGroup("Tweestapsverificatie", "regel", SECOND_FACTOR_RULE, municipality.secondFactorRule),
    ruleProblem ? errorBox(ruleProblem) : null,
    h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Opslaan"),
  );
  ruleForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const [rule] = checkedValues(ruleForm, "regel");
    try {
      await apiVersioned("PUT", "/municipality/second-factor-rule", { rule }, read.etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      showMunicipality(null, null, changeProblem(error, "Opslaan lukte niet"));
      return;
    }
    await showMunicipality();
    announce("De regel voor tweestapsverificatie is opgeslagen.");
  });
  showPage(
    TITLE,
    heading,
    h("p", { class: "utrecht-paragraph", id: "gemeente-naam" }, municipality.name),
    h(
      "p",
      { class: "utrecht-paragraph", id: "soorten" },
      types.length === 0 ? "Er kunnen nu geen trajecten worden gestart." : `Specialisten kunnen nu starten: ${types.join(", ")}.`,
    ),
    form,
    ruleForm,
  );
}
