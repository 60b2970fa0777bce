package nl.redzaam.deployment.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.redzaam.adapters.rest.audit.RequestIds;
import nl.redzaam.adapters.rest.security.SecurityHeaders;

/**
 * Security headers on every answer ({@link SecurityHeaders}); the web work environment (ADR 0011)
 * and the resident app (ADR 0012) get a page policy instead: the session token lives in
 * sessionStorage, so the pages may run only the server's own scripts, and talk only to its API.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    RequestIds.assign(request, response);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/werkomgeving/") || path.startsWith("/app/")) {
      response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      // Pages and scripts change with each release; no stale client after an upgrade. They hold
      // no personal data: that comes from the API, which is never stored.
      response.setHeader("Cache-Control", "no-cache");
    } else if (path.startsWith("/api-docs/")) {
      // Swagger UI sets style attributes from its scripts; it shows no personal data.
      response.setHeader(
          "Content-Security-Policy",
          CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
      response.setHeader("Cache-Control", "no-cache");
    }
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.clear();
    }
  }
}
