package nl.redzaam.deployment.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.adapters.mail.LocalMailbox;
import nl.redzaam.domain.trajectory.Trajectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local mailbox of the embedded default: lists the mails Redzaam "sent", newest first, so that
 * a demo shows the activation link. It exists only on the embedded database and answers only
 * requests from the same machine; elsewhere it is a 404 like any unknown path.
 */
@WebServlet(urlPatterns = DevMailboxServlet.PATH)
public class DevMailboxServlet extends HttpServlet {

  static final String PATH = "/dev/mailbox";

  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Trajectory.ZONE);

  @Inject
  @ConfigProperty(name = "redzaam.embedded", defaultValue = "false")
  boolean embedded;

  @Inject transient LocalMailbox mailbox;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!embedded || !fromThisMachine(request)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; frame-src 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    List<LocalMailbox.Delivered> mails = mailbox.mails();
    PrintWriter out = response.getWriter();
    out.println(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Redzaam: local mailbox</title></head>"
            + "<body style=\"font-family:sans-serif;max-width:60em;margin:2em auto\">");
    out.println("<h1>Local mailbox</h1>");
    out.println(
        "<p>Redzaam runs on its embedded demo database, so mail is not sent anywhere: it lands"
            + " here, newest first (kept in memory until the server stops). An activation link"
            + " opens the web app; the token after <code>#activeren/</code> also works with"
            + " <code>POST /api/v1/activations</code>.</p>");
    if (mails.isEmpty()) {
      out.println("<p><em>No mail yet.</em> Invite a resident to see the invitation here.</p>");
    }
    for (LocalMailbox.Delivered delivered : mails) {
      var mail = delivered.mail();
      out.println("<section style=\"border:1px solid #ccc;margin:1em 0;padding:0 1em\">");
      out.println(
          "<p><strong>"
              + escape(mail.subject())
              + "</strong><br>To: "
              + escape(mail.recipient())
              + "<br>At: "
              + TIME.format(delivered.at())
              + "<br>Kind: "
              + mail.kind()
              + "</p>");
      out.println("<pre style=\"white-space:pre-wrap\">" + linked(mail.textBody()) + "</pre>");
      out.println("</section>");
    }
    out.println("</body></html>");
  }

  /** The text, escaped, with its links clickable. */
  static String linked(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = URL.matcher(text);
    int at = 0;
    while (m.find()) {
      out.append(escape(text.substring(at, m.start())));
      String url = escape(m.group());
      out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
      at = m.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  private static boolean fromThisMachine(HttpServletRequest request) {
    try {
      return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
    } catch (IOException e) {
      return false;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
