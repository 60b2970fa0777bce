// "Inloggen met een code": the resident may turn on a second login step, a code from an
// authenticator app (GET/POST /me/second-factor, .../confirmation, .../deactivation). Turning it
// on shows a QR code and the key as text, and afterwards the reserve (recovery) codes once.
import { api, SessionEnded } from "./api.js";
import { announce, button, errorBox, h, newId, paragraph, showPage, textbox, textField } from "./dom.js";
import { t } from "./teksten.js";

export async function securityPage(shown) {
  const title = h("h1", { class: "utrecht-heading-1" }, t("beveiligingTitel"));
  let status;
  try {
    status = await api("GET", "/me/second-factor");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    showPage(t("beveiligingTitel"), backLink(), title, errorBox(t("foutAlgemeen")));
    return;
  }
  const on = status.state === "ON";
  const content = shown || (on ? turnOffForm() : button(t("beveiligingAanzetten"), { onclick: startEnrolment }));
  showPage(
    t("beveiligingTitel"),
    backLink(),
    title,
    paragraph(t("beveiligingUitleg")),
    paragraph(on ? t("beveiligingAan", { aantal: status.unusedRecoveryCodes }) : t("beveiligingUit"), { id: "beveiliging-status" }),
    content,
  );
}

async function startEnrolment() {
  let enrolment;
  try {
    enrolment = await api("POST", "/me/second-factor");
  } catch (error) {
    if (error instanceof SessionEnded) return;
    securityPage(errorBox(t("foutAlgemeen")));
    return;
  }
  securityPage(
    h(
      "div",
      { class: "app-stapel", id: "app-instellen" },
      h(
        "ol",
        { class: "utrecht-ordered-list" },
        [t("beveiligingStap1"), t("beveiligingStap2"), t("beveiligingStap3")].map((step) => h("li", { class: "utrecht-ordered-list__item" }, step)),
      ),
      h("img", { src: enrolment.qrCode, alt: t("beveiligingQr"), width: 200, height: 200, class: "app-qr" }),
      paragraph([t("beveiligingSleutel"), " ", h("code", { id: "app-sleutel", "data-sleutel": enrolment.secret }, enrolment.secret.match(/.{1,4}/g).join(" "))]),
      codeForm(t("beveiligingBevestigen"), "/me/second-factor/confirmation"),
    ),
  );
}

function turnOffForm() {
  return h("div", { class: "app-stapel" }, paragraph(t("beveiligingUitzettenUitleg")), codeForm(t("beveiligingUitzetten"), "/me/second-factor/deactivation"));
}

function codeForm(buttonText, path) {
  const code = textbox({ id: newId("code"), name: "code", inputmode: "numeric", autocomplete: "one-time-code", "aria-required": "true", maxlength: 20 });
  const errorArea = h("div", {});
  const form = h("form", { class: "app-stapel", novalidate: true }, textField(t("codeVeld"), code), errorArea, button(buttonText, { type: "submit" }));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    errorArea.replaceChildren();
    if (code.value.trim() === "") {
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(t("vulCodeIn")));
      code.focus();
      return;
    }
    let answer;
    try {
      answer = await api("POST", path, { code: code.value.trim() });
    } catch (error) {
      if (error instanceof SessionEnded) return;
      code.value = "";
      code.setAttribute("aria-invalid", "true");
      errorArea.append(errorBox(error.status === 429 ? t("codeGeblokkeerd") : error.status === 422 ? t("codeFout") : t("foutAlgemeen")));
      code.focus();
      return;
    }
    if (answer?.recoveryCodes) {
      await securityPage(
        h(
          "div",
          { class: "app-stapel", id: "herstelcodes" },
          h("h2", { class: "utrecht-heading-2" }, t("beveiligingReserveTitel")),
          paragraph(t("beveiligingReserveUitleg")),
          h("ul", { class: "utrecht-unordered-list app-codes" }, answer.recoveryCodes.map((c) => h("li", { class: "utrecht-unordered-list__item" }, h("code", {}, c)))),
        ),
      );
      announce(t("beveiligingIsAan"));
    } else {
      await securityPage();
      announce(t("beveiligingIsUit"));
    }
  });
  return form;
}

function backLink() {
  return h("p", { class: "app-terug" }, h("a", { class: "utrecht-link utrecht-link--html-a", href: "#/start" }, t("terugNaarWeek")));
}
