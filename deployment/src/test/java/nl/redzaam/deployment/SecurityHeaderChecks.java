package nl.redzaam.deployment;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** What is missing from an answer's security headers (SecurityHeaders, SecurityHeadersFilter). */
final class SecurityHeaderChecks {

  private SecurityHeaderChecks() {}

  /** What answered. */
  enum Kind {
    /** The API: personal data, never stored. */
    API,
    /**
     * A page or file of the web work environment or the resident app: its policy allows the
     * server's own scripts and styles, never inline ones; revalidated, not stored blindly.
     */
    FRONT_END,
    /** Another page (Swagger UI, the unsubscribe page): revalidated or not stored. */
    OTHER_PAGE
  }

  /** One line per missing or wrong header, empty when all is well. */
  static List<String> missing(HttpResponse<?> response, Kind kind) {
    boolean frontEnd = kind == Kind.FRONT_END;
    List<String> missing = new ArrayList<>();
    String policy = header(response, "Content-Security-Policy");
    if (!policy.contains("frame-ancestors 'none'")) {
      missing.add(" has no CSP frame-ancestors 'none': " + policy);
    }
    if (frontEnd && (policy.contains("unsafe-inline") || !policy.contains("script-src 'self'"))) {
      missing.add(" has a front-end CSP that is not strict: " + policy);
    }
    if (!header(response, "X-Content-Type-Options").equals("nosniff")) {
      missing.add(" lacks X-Content-Type-Options: nosniff");
    }
    if (!header(response, "Referrer-Policy").equals("no-referrer")) {
      missing.add(" lacks Referrer-Policy: no-referrer");
    }
    String cache = header(response, "Cache-Control");
    if (!(kind == Kind.API ? cache.equals("no-store") : cache.startsWith("no-"))) {
      missing.add(" has Cache-Control '" + cache + "'");
    }
    return missing;
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }
}
