package nl.redzaam.adapters.mail;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.redzaam.domain.trajectory.Trajectory;

/**
 * Puts a mail's paragraphs into a plain-text and an HTML part in the municipality's name. A mail
 * holds no more about a person than a first name: details stay in the app, behind a link.
 */
final class MailLayout {

  private static final DateTimeFormatter DUTCH_DATE_TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"))
          .withZone(Trajectory.ZONE);

  private MailLayout() {}

  /** "5 december 2026 om 14:30", Dutch time. */
  static String dateTime(Instant instant) {
    return DUTCH_DATE_TIME.format(instant);
  }

  /** "Beste Lisa," or, without a first name, "Hallo,". */
  static String greeting(String firstName) {
    return firstName.isBlank() ? "Hallo," : "Beste " + firstName.strip() + ",";
  }

  /**
   * @param before paragraphs before the button
   * @param button the text of the link to the app, and where it goes
   * @param after paragraphs after the button
   * @param unsubscribe for optional mails: the link that turns them off without logging in
   */
  static OutgoingMail compose(
      String idempotencyKey,
      MailKind kind,
      String recipient,
      String municipality,
      String subject,
      String greeting,
      List<String> before,
      String button,
      URI link,
      List<String> after,
      Optional<URI> unsubscribe) {
    StringBuilder text = new StringBuilder();
    text.append(greeting).append("\n\n");
    before.forEach(p -> text.append(p).append("\n\n"));
    text.append(button).append(":\n").append(link).append("\n\n");
    after.forEach(p -> text.append(p).append("\n\n"));
    text.append("Met vriendelijke groet,\n").append(municipality).append("\n");
    unsubscribe.ifPresent(
        u ->
            text.append("\nWilt u deze mails niet meer krijgen? Zet ze uit:\n")
                .append(u)
                .append("\n"));

    String m = escape(municipality);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(subject))
        .append("</title></head>\n")
        .append("<body style=\"margin:0;padding:0;background:#f4f4f4;")
        .append(
            "font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a\">\n")
        .append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff\">\n")
        .append("<div style=\"background:#154273;color:#ffffff;padding:16px 24px;font-size:20px;")
        .append("font-weight:bold\">")
        .append(m)
        .append("</div>\n<div style=\"padding:24px\">\n<p>")
        .append(escape(greeting))
        .append("</p>\n");
    before.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
    html.append("<p><a href=\"")
        .append(escape(link.toString()))
        .append("\" style=\"display:inline-block;background:#154273;color:#ffffff;")
        .append("padding:12px 20px;text-decoration:none;border-radius:4px\">")
        .append(escape(button))
        .append("</a></p>\n<p style=\"font-size:14px\">Werkt de knop niet? Kopieer dan deze link: ")
        .append(escape(link.toString()))
        .append("</p>\n");
    after.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
    html.append("<p>Met vriendelijke groet,<br>").append(m).append("</p>\n</div>\n");
    unsubscribe.ifPresent(
        u ->
            html.append("<div style=\"padding:16px 24px;font-size:14px;color:#555555\">")
                .append("Wilt u deze mails niet meer krijgen? <a href=\"")
                .append(escape(u.toString()))
                .append("\">Zet ze uit</a>.</div>\n"));
    html.append("</div>\n</body></html>\n");
    return new OutgoingMail(
        idempotencyKey,
        kind,
        recipient,
        subject,
        text.toString(),
        html.toString(),
        unsubscribe.map(URI::toString).orElse(null));
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
