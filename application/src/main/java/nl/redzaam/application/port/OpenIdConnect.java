package nl.redzaam.application.port;

import java.net.URI;
import java.util.Objects;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.MunicipalityId;

/**
 * A municipality's OpenID Connect provider: where to send the browser (authorisation code flow with
 * PKCE), and what a returned code proves once its ID token is verified.
 */
public interface OpenIdConnect {

  /**
   * One login's secrets, made by Redzaam: the state ties the provider's answer to the login, the
   * nonce ties the ID token to it, the verifier proves the code is redeemed by whoever asked for
   * it.
   */
  record LoginRequest(String state, String nonce, String codeVerifier, URI redirectUri) {
    public LoginRequest {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(nonce, "nonce");
      Objects.requireNonNull(codeVerifier, "codeVerifier");
      Objects.requireNonNull(redirectUri, "redirectUri");
    }
  }

  /**
   * @throws ProviderFailed when the provider's metadata cannot be read
   */
  URI authorizationUrl(MunicipalityId municipality, IdentityProvider provider, LoginRequest login);

  /**
   * Redeems the code at the provider and verifies the ID token: signature, issuer, audience, expiry
   * and nonce.
   *
   * @return the value of the provider's account claim; null when the token lacks that claim
   * @throws ProviderFailed when the provider cannot be reached, refuses the code, or its ID token
   *     is not valid for this provider, client and login
   */
  String accountClaim(
      MunicipalityId municipality, IdentityProvider provider, LoginRequest login, String code);

  /** The provider could not be used, or what it sent cannot be trusted; the message says why. */
  final class ProviderFailed extends RuntimeException {
    public ProviderFailed(String message, Throwable cause) {
      super(message, cause);
    }

    public ProviderFailed(String message) {
      super(message);
    }
  }
}
