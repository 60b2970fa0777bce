package nl.redzaam.adapters.rest.security;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private static final String HSTS = "Strict-Transport-Security";

  @Test
  void hsts_over_tls_and_behind_a_tls_proxy_but_not_over_plain_http() {
    assertHsts(true, null, true);
    assertHsts(false, "https", true);
    assertHsts(false, "HTTPS", true);
    assertHsts(false, "http", false);
    assertHsts(false, null, false);
  }

  private static void assertHsts(boolean secure, String forwardedProto, boolean expected) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.isSecure()).thenReturn(secure);
    when(request.getHeader("X-Forwarded-Proto")).thenReturn(forwardedProto);
    HttpServletResponse response = mock(HttpServletResponse.class);

    SecurityHeaders.apply(request, response);

    verify(response).setHeader("X-Content-Type-Options", "nosniff");
    if (expected) {
      verify(response).setHeader(HSTS, "max-age=31536000; includeSubDomains");
    } else {
      verify(response, never()).setHeader(eq(HSTS), org.mockito.ArgumentMatchers.anyString());
    }
  }
}
