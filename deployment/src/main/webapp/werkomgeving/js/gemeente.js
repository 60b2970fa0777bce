// The administrator's municipality page (#/gemeente): the purchased modules, which decide the
// trajectory types a specialist can start (GET /municipality, PUT /municipality/modules), and who
// must log in with tweestapsverificatie (PUT /municipality/second-factor-rule), and the
// municipality's own identity provider staff can log in through (PUT/DELETE
// /municipality/identity-provider), and the house colour of the final report (PUT
// /municipality/house-colour).
import { apiVersioned, SessionEnded } from "./api.js";
import { announce, errorBox, h, showPage } from "./dom.js";
import { changeProblem, checkboxes, checkedValues, field, radioGroup, textInput } from "./formulier.js";
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

async function showMunicipality(problem, chosen, ruleProblem, providerProblem, colourProblem) {
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
  const providerForm = identityProviderForm(municipality, read.etag, providerProblem);
  const colourForm = houseColourForm(municipality, read.etag, colourProblem);
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
    providerForm,
    colourForm,
  );
}

/** De huiskleur van de gemeente, voor de eindrapportage. */
function houseColourForm(municipality, etag, problem) {
  const colour = textInput("huiskleur", "color", { value: municipality.houseColour || "#154273" });
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "huiskleur-kop", novalidate: true, id: "huiskleur" },
    h("h2", { class: "utrecht-heading-2", id: "huiskleur-kop" }, "Huiskleur"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      municipality.houseColour
        ? `De eindrapportage gebruikt de huiskleur ${municipality.houseColour} van de gemeente.`
        : "De eindrapportage gebruikt nu de kleur van Redzaam. Kies de huiskleur van de gemeente: een donkere kleur, want er staat tekst in op wit.",
    ),
    field("Kleur", colour),
    problem ? errorBox(problem) : null,
    h(
      "div",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Huiskleur opslaan"),
      municipality.houseColour
        ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "huiskleur-standaard" }, "Kleur van Redzaam gebruiken")
        : null,
    ),
  );
  const change = async (value, done) => {
    try {
      await apiVersioned("PUT", "/municipality/house-colour", { colour: value }, etag);
    } catch (error) {
      if (error instanceof SessionEnded) return;
      showMunicipality(null, null, null, null, changeProblem(error, "Opslaan lukte niet"));
      return;
    }
    await showMunicipality();
    announce(done);
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    change(colour.value, "De huiskleur is opgeslagen.");
  });
  form.querySelector("#huiskleur-standaard")?.addEventListener("click", () => change(null, "De eindrapportage gebruikt weer de kleur van Redzaam."));
  return form;
}

/** Inloggen via de eigen identity provider (OpenID Connect) van de gemeente. */
function identityProviderForm(municipality, etag, problem) {
  const connected = municipality.identityProvider;
  const issuer = textInput("issuer", "url", { value: connected?.issuer || "", autocomplete: "off" });
  const clientId = textInput("client-id", "text", { value: connected?.clientId || "", autocomplete: "off" });
  const claim = textInput("claim", "text", { value: connected?.accountClaim || "email", autocomplete: "off" });
  const form = h(
    "form",
    { class: "werkomgeving-stapel werkomgeving-formulier werkomgeving-kaart", "aria-labelledby": "idp-kop", novalidate: true, id: "identity-provider" },
    h("h2", { class: "utrecht-heading-2", id: "idp-kop" }, "Inloggen via de gemeente"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      connected
        ? "Medewerkers kunnen inloggen met hun account van de gemeente. Inloggen met wachtwoord blijft ook werken."
        : "Koppel de identity provider van de gemeente (bijvoorbeeld Entra ID, Keycloak of ADFS). Dan loggen medewerkers in met hun account van de gemeente en hebben ze geen wachtwoord voor Redzaam nodig.",
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Geef de beheerder van de identity provider dit adres als redirect URI: ",
      h("code", { id: "redirect-uri" }, municipality.identityProviderRedirectUri),
    ),
    field("Issuer", issuer, "Het webadres van de identity provider, precies zoals in de tokens staat."),
    field("Client-id", clientId, "De naam waaronder Redzaam bij de identity provider bekend is."),
    field("Claim met het e-mailadres", claim, "Welke claim het e-mailadres van de medewerker in Redzaam bevat, bijvoorbeeld email of upn."),
    problem ? errorBox(problem) : null,
    h(
      "div",
      { class: "werkomgeving-knoppen" },
      h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, connected ? "Opslaan" : "Koppelen"),
      connected ? h("button", { type: "button", class: "utrecht-button utrecht-button--secondary-action", id: "idp-ontkoppelen" }, "Ontkoppelen") : null,
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { issuer: issuer.value.trim(), clientId: clientId.value.trim(), accountClaim: claim.value.trim() };
    await changeProvider("PUT", body, etag, "De koppeling met de identity provider is opgeslagen.");
  });
  form.querySelector("#idp-ontkoppelen")?.addEventListener("click", () =>
    changeProvider("DELETE", undefined, etag, "De identity provider is ontkoppeld. Medewerkers loggen in met hun wachtwoord."),
  );
  return form;
}

async function changeProvider(method, body, etag, done) {
  try {
    await apiVersioned(method, "/municipality/identity-provider", body, etag);
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showMunicipality(null, null, null, changeProblem(error, "Opslaan lukte niet"));
    return;
  }
  await showMunicipality();
  announce(done);
}
