package nl.redzaam.adapters.rest.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer of the server carries (ASVS 3.4, BIO 13.1): nothing may frame, sniff or
 * cache what it sends, and over TLS browsers keep to TLS. API answers hold personal data, so they
 * are never stored; pages set their own policy on top (the web front ends' filter).
 */
public final class SecurityHeaders {

  /** For answers that are data, not pages: nothing may load from them or frame them. */
  public static final String API_CONTENT_SECURITY_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    response.setHeader("Cache-Control", "no-store");
    // Behind the TLS proxy of the operations guide the server sees plain HTTP; the proxy says
    // https in X-Forwarded-Proto. Browsers ignore HSTS that arrives over plain HTTP, so a client
    // that sends the header itself gains nothing.
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }
}
