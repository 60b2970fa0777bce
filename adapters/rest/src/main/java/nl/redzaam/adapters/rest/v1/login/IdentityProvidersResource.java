package nl.redzaam.adapters.rest.v1.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.redzaam.adapters.rest.security.RateLimited;
import nl.redzaam.application.login.IdentityProviderLogin;
import nl.redzaam.application.login.IdentityProviderLogin.Refusal;
import nl.redzaam.application.login.IdentityProviderLogin.Refused;
import nl.redzaam.application.login.RequestLimits.Door;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Logging in through the municipality's own identity provider (ADR 0016): which municipalities have
 * one, starting a login there, and the callback the provider sends the browser back to.
 */
@RequestScoped
@Path("/v1/identity-providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
public class IdentityProvidersResource {

  /** The work environment's login page, which picks up the ticket or shows the refusal. */
  private static final String LOGIN_PAGE = "werkomgeving/#/inloggen";

  // What the login page shows for each refusal (its own Dutch texts, keyed by these words).
  private static final Map<Refusal, String> PAGE_ERRORS =
      Map.of(
          Refusal.EXPIRED, "verlopen",
          Refusal.OTHER_BROWSER, "andere-browser",
          Refusal.PROVIDER_FAILED, "gemeente",
          Refusal.UNKNOWN_ACCOUNT, "onbekend",
          Refusal.DISABLED_ACCOUNT, "uitgeschakeld");

  /**
   * The cookie that ties a login to the browser that started it: sent back only to the callback,
   * and on the provider's redirect too (SameSite=Lax allows a top-level GET).
   */
  static final String BROWSER_COOKIE = "redzaam-login";

  private static final String CALLBACK_PATH = "/api/v1/identity-providers/callback";

  @Inject IdentityProviderLogin login;
  @Context HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "redzaam.public-url", defaultValue = "http://127.0.0.1:8080/")
  String publicUrl;

  @Schema(name = "IdentityProviderView")
  public record ProviderView(UUID municipalityId, String municipalityName) {}

  @Schema(name = "IdentityProviderList")
  public record ProviderList(List<ProviderView> items) {}

  @Schema(name = "IdentityProviderLoginStart")
  public record Started(
      @Schema(description = "Send the browser here; the provider sends it back to the callback")
          URI authorizationUrl,
      Instant expiresAt) {}

  @GET
  @Transactional
  @SecurityRequirements
  @Operation(
      summary = "Municipalities whose staff log in through their own identity provider",
      description =
          "For the login page: each municipality that connected an OpenID Connect provider, by"
              + " name. Staff of the others log in with email address and password.")
  @APIResponse(
      responseCode = "200",
      description = "The municipalities",
      content = @Content(schema = @Schema(ref = "IdentityProviderList")))
  public ProviderList listIdentityProviders() {
    return new ProviderList(
        login.providers().stream()
            .map(p -> new ProviderView(p.municipalityId(), p.municipalityName()))
            .toList());
  }

  @POST
  @Path("/{municipalityId}/logins")
  @RateLimited(Door.LOGIN_PER_ADDRESS)
  @Transactional
  @SecurityRequirements
  @Operation(
      summary = "Start a login at the municipality's identity provider",
      description =
          "Answers the provider's authorisation URL (authorisation code flow with PKCE, state and"
              + " nonce); send the browser there. After the login the provider sends the browser"
              + " to GET /v1/identity-providers/callback, which leads it to the work environment"
              + " with a ticket for POST /v1/sessions/identity-provider. A login must come back"
              + " within 10 minutes, to the same browser: the answer sets a cookie that only the"
              + " callback receives.")
  @APIResponse(
      responseCode = "201",
      description = "Started",
      content = @Content(schema = @Schema(ref = "IdentityProviderLoginStart")))
  @APIResponse(responseCode = "404", description = "This municipality has no identity provider")
  @APIResponse(responseCode = "429", description = "Too many logins from this address")
  @APIResponse(
      responseCode = "502",
      description = "identity-provider-unavailable: the provider's metadata cannot be read")
  public Response startIdentityProviderLogin(@PathParam("municipalityId") UUID municipalityId) {
    IdentityProviderLogin.Started started = login.start(municipalityId);
    return Response.status(Response.Status.CREATED)
        .entity(new Started(started.authorizationUrl(), started.expiresAt()))
        .cookie(browserCookie(started.browserBinding(), 600))
        .build();
  }

  @GET
  @Path("/callback")
  @Produces(MediaType.WILDCARD)
  @Transactional
  @SecurityRequirements
  @Operation(
      summary = "The provider's answer (redirect URI)",
      description =
          "Register this address at the provider as redirect URI. The provider sends the browser"
              + " here with a code, or with an error. The answer is always a redirect to the work"
              + " environment's login page: with a single-use ticket (valid one minute) when the"
              + " code proves a staff member of the municipality, or with the reason it does"
              + " not: verlopen, andere-browser, gemeente, onbekend or uitgeschakeld.")
  @APIResponse(responseCode = "303", description = "To the login page, with ticket or reason")
  public Response identityProviderCallback(
      @QueryParam("state") @Parameter(description = "As sent to the provider") String state,
      @QueryParam("code") @Parameter(description = "The provider's code") String code,
      @QueryParam("error") @Parameter(description = "The provider's error, instead of a code")
          String error,
      @CookieParam(BROWSER_COOKIE) @Parameter(hidden = true) String browserBinding) {
    String page = publicUrl.endsWith("/") ? publicUrl + LOGIN_PAGE : publicUrl + "/" + LOGIN_PAGE;
    URI next;
    try {
      next = URI.create(page + "?ticket=" + login.finish(state, code, error, browserBinding));
    } catch (Refused refused) {
      next = URI.create(page + "?fout=" + PAGE_ERRORS.get(refused.reason()));
    }
    return Response.seeOther(next).cookie(browserCookie("", 0)).build();
  }

  private NewCookie browserCookie(String value, int maxAgeSeconds) {
    return new NewCookie.Builder(BROWSER_COOKIE)
        .value(value)
        .path(CALLBACK_PATH)
        .maxAge(maxAgeSeconds)
        .httpOnly(true)
        .secure(request.isSecure() || publicUrl.startsWith("https:"))
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
