package nl.redzaam.adapters.rest.v1.administration.municipality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.redzaam.adapters.rest.v1.ETags;
import nl.redzaam.adapters.rest.v1.Json;
import nl.redzaam.application.administration.municipality.ChangeHouseColour;
import nl.redzaam.application.administration.municipality.ChangePurchasedModules;
import nl.redzaam.application.administration.municipality.ChangeSecondFactorRule;
import nl.redzaam.application.administration.municipality.ConnectIdentityProvider;
import nl.redzaam.application.administration.municipality.ReadMunicipality;
import nl.redzaam.application.login.IdentityProviderLogin;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.SecondFactorRule;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own municipality and the modules it purchased. */
@RequestScoped
@Path("/v1/municipality")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@Transactional
public class MunicipalityResource {

  @Inject ReadMunicipality readMunicipality;
  @Inject ChangePurchasedModules changePurchasedModules;
  @Inject ChangeSecondFactorRule changeSecondFactorRule;
  @Inject ChangeHouseColour changeHouseColour;
  @Inject ConnectIdentityProvider connectIdentityProvider;
  @Inject IdentityProviderLogin.Settings identityProviderSettings;

  /** A purchased module and the trajectory types it offers. */
  public record ModuleView(String module, String dutchName, List<String> trajectoryTypes) {
    static ModuleView of(Module module) {
      return new ModuleView(
          module.name(),
          module.dutchName(),
          Arrays.stream(TrajectoryType.values())
              .filter(t -> t.module() == module)
              .map(TrajectoryType::name)
              .toList());
    }
  }

  @Schema(name = "MunicipalityView")
  public record MunicipalityView(
      UUID id,
      String name,
      List<ModuleView> purchasedModules,
      @Schema(
              description =
                  "Who must log in with a code from an authenticator app: VOLUNTARY,"
                      + " ADMINISTRATORS (the default) or ALL_STAFF")
          String secondFactorRule,
      @Schema(description = "The OpenID Connect provider staff log in through; absent when none")
          IdentityProviderView identityProvider,
      @Schema(
              description =
                  "The redirect URI to register at the identity provider for this Redzaam")
          URI identityProviderRedirectUri,
      @Schema(
              description =
                  "The house-style colour of what Redzaam prints for the municipality (the final"
                      + " report), #rrggbb; absent when Redzaam's own is used")
          String houseColour) {}

  @Schema(name = "IdentityProviderSettings")
  public record IdentityProviderView(
      @Schema(description = "The issuer URL, exactly as the provider's ID tokens name it")
          String issuer,
      @Schema(description = "The client id Redzaam is registered with at the provider")
          String clientId,
      @Schema(
              description =
                  "The ID token claim whose value is the staff member's email address in"
                      + " Redzaam; email when left out")
          String accountClaim) {
    static IdentityProviderView of(IdentityProvider p) {
      return new IdentityProviderView(p.issuer().toString(), p.clientId(), p.accountClaim());
    }
  }

  public record SecondFactorRuleBody(String rule) {}

  /** The colour as #rrggbb; null or absent for Redzaam's own. */
  @Schema(name = "HouseColourChange")
  public record HouseColourBody(String colour) {}

  /** The complete set of purchased modules; modules left out are cancelled. */
  public record PurchasedModules(Set<String> modules) {}

  @GET
  @Operation(
      summary = "Read your municipality",
      description =
          "Your own municipality with the modules it purchased and the trajectory types they"
              + " offer. Every staff member may read it. The ETag is needed to change the"
              + " modules.")
  @APIResponse(
      responseCode = "200",
      description = "The municipality; ETag header is its version",
      content = @Content(schema = @Schema(ref = "MunicipalityView")))
  @APIResponse(responseCode = "403", description = "Not a staff member")
  public Response municipality() {
    Municipality m = readMunicipality.execute();
    List<ModuleView> modules = m.purchasedModules().stream().sorted().map(ModuleView::of).toList();
    return Response.ok(
            new MunicipalityView(
                m.id().value(),
                m.name(),
                modules,
                m.secondFactorRule().name(),
                m.identityProvider().map(IdentityProviderView::of).orElse(null),
                identityProviderSettings.redirectUri(),
                m.houseColour().orElse(null)))
        .tag(ETags.of(m.version()))
        .build();
  }

  @PUT
  @Path("/modules")
  @Operation(
      summary = "Change the purchased modules",
      description =
          "The administrator sets the complete list of purchased modules"
              + " (DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, PROTECTIVE_ADMINISTRATION,"
              + " FINANCIAL_SUPPORT), and so which trajectory types can be started. Running"
              + " trajectories go on. Send the ETag of GET /v1/municipality in If-Match.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "No body, or an unknown module")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone changed the modules since you read them")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response changeModules(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull PurchasedModules body) {
    Set<Module> modules =
        Json.required(body.modules(), "modules").stream()
            .map(m -> Json.enumValue(Module.class, m, "modules"))
            .collect(Collectors.toSet());
    changePurchasedModules.execute(
        new ChangePurchasedModules.Command(modules, ETags.expectedVersion(ifMatch)));
    return Response.noContent().build();
  }

  @PUT
  @Path("/second-factor-rule")
  @Operation(
      summary = "Change who needs a second factor",
      description =
          "The administrator decides which staff members must log in with a code from an"
              + " authenticator app besides their password: VOLUNTARY, ADMINISTRATORS or"
              + " ALL_STAFF. Staff members who must but have none set one up at their next login."
              + " Send the ETag of GET /v1/municipality in If-Match.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "No body, or an unknown rule")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone changed the municipality since you read it")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response changeSecondFactorRule(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull SecondFactorRuleBody body) {
    SecondFactorRule rule = Json.enumValue(SecondFactorRule.class, body.rule(), "rule");
    changeSecondFactorRule.execute(
        new ChangeSecondFactorRule.Command(rule, ETags.expectedVersion(ifMatch)));
    return Response.noContent().build();
  }

  @PUT
  @Path("/house-colour")
  @Operation(
      summary = "Change the house-style colour",
      description =
          "The administrator sets the colour the final report uses for headings and bars, as"
              + " #rrggbb with a contrast of at least 4.5:1 on white (WCAG); null goes back to"
              + " Redzaam's own. Send the ETag of GET /v1/municipality in If-Match.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "No body")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone changed the municipality since you read it")
  @APIResponse(
      responseCode = "422",
      description = "house-colour-invalid (not #rrggbb) or house-colour-too-light (below 4.5:1)")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response changeHouseColour(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull HouseColourBody body) {
    changeHouseColour.execute(
        new ChangeHouseColour.Command(body.colour(), ETags.expectedVersion(ifMatch)));
    return Response.noContent().build();
  }

  @PUT
  @Path("/identity-provider")
  @Operation(
      summary = "Connect the municipality's identity provider",
      description =
          "The administrator connects an OpenID Connect provider (Entra ID, Keycloak, ADFS, …)"
              + " so that staff log in there instead of with a Redzaam password: its issuer"
              + " (https), the client id Redzaam is registered with, and the claim that holds the"
              + " staff member's email address. Register identityProviderRedirectUri of GET"
              + " /v1/municipality at the provider. Passwords keep working. A client secret, where"
              + " the provider wants one, is set by the operator in configuration, never here."
              + " Send the ETag of GET /v1/municipality in If-Match.")
  @APIResponse(responseCode = "204", description = "Connected")
  @APIResponse(responseCode = "400", description = "No body")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone changed the municipality since you read it")
  @APIResponse(
      responseCode = "422",
      description =
          "issuer-invalid, issuer-not-https, text-required, text-too-long or claim-invalid")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response connectIdentityProvider(
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull IdentityProviderView body) {
    connectIdentityProvider.connect(
        new ConnectIdentityProvider.Command(
            body.issuer(), body.clientId(), body.accountClaim(), ETags.expectedVersion(ifMatch)));
    return Response.noContent().build();
  }

  @DELETE
  @Path("/identity-provider")
  @Operation(
      summary = "Disconnect the municipality's identity provider",
      description =
          "Staff log in with email address and password only. Send the ETag of GET"
              + " /v1/municipality in If-Match.")
  @APIResponse(responseCode = "204", description = "Disconnected")
  @APIResponse(responseCode = "403", description = "Not an administrator")
  @APIResponse(
      responseCode = "412",
      description = "stale-version: someone changed the municipality since you read it")
  @APIResponse(responseCode = "428", description = "if-match-required: If-Match missing")
  public Response disconnectIdentityProvider(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    connectIdentityProvider.disconnect(ETags.expectedVersion(ifMatch));
    return Response.noContent().build();
  }
}
