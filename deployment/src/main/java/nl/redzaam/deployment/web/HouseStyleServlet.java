package nl.redzaam.deployment.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /werkomgeving/huisstijl.css}: the design tokens of the municipality's house style, chosen
 * by {@code redzaam.house-style} (docs/operations.md). The token sets are built from npm packages
 * into {@code /werkomgeving/huisstijl/<name>.css}, all with the one theme class the pages use.
 */
@WebServlet("/werkomgeving/huisstijl.css")
public class HouseStyleServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(HouseStyleServlet.class.getName());

  /** The token sets build.mjs writes; the first is the default. */
  static final Set<String> STYLES = Set.of("voorbeeldstad", "utrecht");

  static final String DEFAULT_STYLE = "voorbeeldstad";

  @Inject
  @ConfigProperty(name = "redzaam.house-style", defaultValue = DEFAULT_STYLE)
  String configured;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    request
        .getRequestDispatcher("/werkomgeving/huisstijl/" + style(configured) + ".css")
        .forward(request, response);
  }

  /** The configured style, or the default with a warning when it is not one of {@link #STYLES}. */
  static String style(String configured) {
    String name = configured == null ? "" : configured.trim().toLowerCase(Locale.ROOT);
    if (STYLES.contains(name)) {
      return name;
    }
    LOG.warning(
        () ->
            "redzaam.house-style '"
                + configured
                + "' is not one of "
                + STYLES
                + "; using "
                + DEFAULT_STYLE);
    return DEFAULT_STYLE;
  }
}
