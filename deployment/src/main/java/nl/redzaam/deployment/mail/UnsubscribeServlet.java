package nl.redzaam.deployment.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.MailPreferences.OptionalMail;

/**
 * The page an unsubscribe link opens, without logging in. A GET only asks to confirm (mail scanners
 * open links; they must not unsubscribe anyone); the button POSTs to the same address, which turns
 * the mail off. Mail programs POST there directly for RFC 8058's one-click unsubscribe. The texts
 * are for residents too: plain Dutch at B1, checked by UnsubscribePageTest.
 */
@WebServlet(urlPatterns = UnsubscribeServlet.PATH)
public class UnsubscribeServlet extends HttpServlet {

  static final String PATH = "/afmelden";

  static final String TITLE = "Mails uitzetten";
  static final String ASK = "Wilt u deze mails niet meer krijgen? Klik dan op de knop.";
  static final String BUTTON = "Zet deze mails uit";
  static final String DONE = "Klaar. U krijgt deze mails niet meer.";
  static final String UNKNOWN =
      "Deze link werkt niet. Misschien is hij niet helemaal goed gekopieerd.";
  static final String LATER =
      "Wilt u de mails later toch weer krijgen? Zet ze dan aan in Redzaam, bij Mijn mail.";
  static final String IMPORTANT =
      "Belangrijke mails krijgt u altijd. Bijvoorbeeld een mail om een nieuw wachtwoord te kiezen.";

  @Inject transient Unsubscriptions unsubscriptions;

  /** What the mails of each kind are, in the resident's words. */
  static String describe(OptionalMail mail) {
    return switch (mail) {
      case WEEKLY_ASSIGNMENTS -> "Het gaat om de mail op maandag over uw opdrachten van de week.";
      case REMINDERS ->
          "Het gaat om de mails die u helpen herinneren aan een gesprek met uw coach.";
      case COACH_NEWS -> "Het gaat om de mails over nieuwe notities en berichten van inwoners.";
    };
  }

  /** Every text a visitor can read on the page, for the plain-language check. */
  static List<String> texts() {
    List<String> all =
        new java.util.ArrayList<>(List.of(TITLE, ASK, BUTTON, DONE, UNKNOWN, LATER, IMPORTANT));
    for (OptionalMail mail : OptionalMail.values()) {
      all.add(describe(mail));
    }
    return all;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<OptionalMail> mail = mail(request);
    String token = request.getParameter("t");
    if (mail.isEmpty() || token == null || token.isBlank()) {
      page(response, HttpServletResponse.SC_NOT_FOUND, List.of(UNKNOWN), null);
      return;
    }
    String form =
        "<form method=\"post\" action=\""
            + escape(PATH + "?t=" + urlPart(token) + "&s=" + mail.get().name())
            + "\"><button type=\"submit\" style=\"background:#154273;color:#fff;border:0;"
            + "padding:12px 20px;font-size:1em;border-radius:4px;cursor:pointer\">"
            + escape(BUTTON)
            + "</button></form>";
    page(response, HttpServletResponse.SC_OK, List.of(describe(mail.get()), ASK), form);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<OptionalMail> mail = mail(request);
    String token = request.getParameter("t");
    if (mail.isEmpty() || token == null || token.isBlank()) {
      page(response, HttpServletResponse.SC_NOT_FOUND, List.of(UNKNOWN), null);
      return;
    }
    try {
      unsubscriptions.turnOff(token, mail.get());
    } catch (NotFound e) {
      page(response, HttpServletResponse.SC_NOT_FOUND, List.of(UNKNOWN), null);
      return;
    }
    page(response, HttpServletResponse.SC_OK, List.of(DONE, LATER, IMPORTANT), null);
  }

  private static Optional<OptionalMail> mail(HttpServletRequest request) {
    String s = request.getParameter("s");
    for (OptionalMail mail : OptionalMail.values()) {
      if (mail.name().equals(s)) {
        return Optional.of(mail);
      }
    }
    return Optional.empty();
  }

  private static void page(
      HttpServletResponse response, int status, List<String> paragraphs, String form)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    PrintWriter out = response.getWriter();
    out.println(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + escape(TITLE)
            + " - Redzaam</title></head>"
            + "<body style=\"margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.1em;"
            + "line-height:1.5;color:#1a1a1a\">"
            + "<header style=\"background:#154273;color:#fff;padding:16px 24px;font-weight:bold\">"
            + "Redzaam</header><main style=\"max-width:40em;margin:0 auto;padding:24px\">"
            + "<h1>"
            + escape(TITLE)
            + "</h1>");
    for (String p : paragraphs) {
      out.println("<p>" + escape(p) + "</p>");
    }
    if (form != null) {
      out.println(form);
    }
    out.println("</main></body></html>");
  }

  private static String urlPart(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
