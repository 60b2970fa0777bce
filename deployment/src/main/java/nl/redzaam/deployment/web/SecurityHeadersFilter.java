package nl.redzaam.deployment.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.redzaam.adapters.rest.audit.RequestIds;
import nl.redzaam.adapters.rest.security.SecurityHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  /**
   * The management port (metrics, ADR 0015 addendum) serves Payara's /metrics and /health; the
   * application itself is not there, so that opening the port to a monitoring network opens no API.
   * Payara deploys the WAR on every virtual server, hence the check here.
   */
  @Inject
  @ConfigProperty(name = "redzaam.management-port", defaultValue = "0")
  int managementPort;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (managementPort > 0 && request.getLocalPort() == managementPort && !isManagement(path)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SecurityHeaders.apply(request, response);
    RequestIds.assign(request, response);
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

  private static boolean isManagement(String path) {
    return path.equals("/metrics")
        || path.startsWith("/metrics/")
        || path.equals("/health")
        || path.startsWith("/health/");
  }
}
