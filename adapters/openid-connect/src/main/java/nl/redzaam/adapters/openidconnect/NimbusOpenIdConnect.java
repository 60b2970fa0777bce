package nl.redzaam.adapters.openidconnect;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.redzaam.application.port.OpenIdConnect;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.MunicipalityId;

/**
 * OpenID Connect through the Nimbus SDK. A provider's metadata and signing keys are read once and
 * kept for an hour (the keys refresh themselves when a token names a new one); every call to the
 * provider gives up after five seconds, so a provider that hangs never holds a request thread.
 */
public final class NimbusOpenIdConnect implements OpenIdConnect {

  private static final int TIMEOUT_MILLIS = 5_000;
  private static final int MAX_DOCUMENT_BYTES = 512 * 1024;
  private static final Duration METADATA_LIFETIME = Duration.ofHours(1);

  private record Known(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant readAt) {}

  private final Function<MunicipalityId, Optional<String>> clientSecrets;
  private final Clock clock;
  private final Map<String, Known> providers = new ConcurrentHashMap<>();

  /**
   * @param clientSecrets the client secret of a municipality's registration, for a provider that
   *     wants one besides PKCE; empty for a public client
   */
  public NimbusOpenIdConnect(
      Function<MunicipalityId, Optional<String>> clientSecrets, Clock clock) {
    this.clientSecrets = clientSecrets;
    this.clock = clock;
  }

  @Override
  public URI authorizationUrl(
      MunicipalityId municipality, IdentityProvider provider, LoginRequest login) {
    OIDCProviderMetadata metadata = known(provider).metadata();
    return new AuthenticationRequest.Builder(
            new ResponseType(ResponseType.Value.CODE),
            new Scope(OIDCScopeValue.OPENID, OIDCScopeValue.EMAIL, OIDCScopeValue.PROFILE),
            new ClientID(provider.clientId()),
            login.redirectUri())
        .endpointURI(metadata.getAuthorizationEndpointURI())
        .state(new State(login.state()))
        .nonce(new Nonce(login.nonce()))
        .codeChallenge(new CodeVerifier(login.codeVerifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  @Override
  public String accountClaim(
      MunicipalityId municipality, IdentityProvider provider, LoginRequest login, String code) {
    Known known = known(provider);
    AuthorizationGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code),
            login.redirectUri(),
            new CodeVerifier(login.codeVerifier()));
    ClientID client = new ClientID(provider.clientId());
    URI endpoint = known.metadata().getTokenEndpointURI();
    TokenRequest request =
        clientSecrets
            .apply(municipality)
            .map(
                secret ->
                    new TokenRequest(
                        endpoint, new ClientSecretBasic(client, new Secret(secret)), grant))
            .orElseGet(() -> new TokenRequest(endpoint, client, grant));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new ProviderFailed(
            "the token endpoint refused the code: "
                + response.toErrorResponse().getErrorObject().getCode());
      }
      JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
      IDTokenClaimsSet claims = known.validator().validate(idToken, new Nonce(login.nonce()));
      return claims.getClaim(provider.accountClaim()) instanceof String value ? value : null;
    } catch (IOException e) {
      throw new ProviderFailed("the token endpoint of " + provider.issuer() + " failed", e);
    } catch (ParseException | BadJOSEException | JOSEException | ClassCastException e) {
      throw new ProviderFailed("the ID token of " + provider.issuer() + " does not hold: " + e, e);
    }
  }

  /** The provider's metadata and a validator for its ID tokens; read again after an hour. */
  private Known known(IdentityProvider provider) {
    String key = provider.issuer() + " " + provider.clientId();
    Known known = providers.get(key);
    Instant now = clock.instant();
    if (known == null || known.readAt().plus(METADATA_LIFETIME).isBefore(now)) {
      known = read(provider, now);
      providers.put(key, known);
    }
    return known;
  }

  private static Known read(IdentityProvider provider, Instant now) {
    try {
      // resolve() also checks that the metadata names exactly this issuer.
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(provider.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(provider.clientId()),
              signingAlgorithm(metadata.getIDTokenJWSAlgs()),
              metadata.getJWKSetURI().toURL(),
              new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, MAX_DOCUMENT_BYTES));
      return new Known(metadata, validator, now);
    } catch (GeneralException | IOException | RuntimeException e) {
      throw new ProviderFailed("the metadata of " + provider.issuer() + " cannot be read: " + e, e);
    }
  }

  /** RS256 where offered, as every provider must; otherwise the provider's first. */
  private static JWSAlgorithm signingAlgorithm(List<JWSAlgorithm> offered) {
    if (offered == null || offered.isEmpty() || offered.contains(JWSAlgorithm.RS256)) {
      return JWSAlgorithm.RS256;
    }
    return offered.get(0);
  }
}
