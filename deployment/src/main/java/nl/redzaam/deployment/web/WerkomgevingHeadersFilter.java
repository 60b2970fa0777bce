package nl.redzaam.deployment.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers of the web work environment (ADR 0011) and the resident app (ADR 0012): the
 * session token lives in sessionStorage, so the pages may run only the server's own scripts, and
 * talk only to its API.
 */
@WebFilter({"/werkomgeving/*", "/app/*"})
public class WerkomgevingHeadersFilter extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    // Pages and scripts change with each release; no stale client after an upgrade.
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}
