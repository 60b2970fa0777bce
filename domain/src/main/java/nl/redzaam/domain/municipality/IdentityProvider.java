package nl.redzaam.domain.municipality;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.shared.Text;

/**
 * The municipality's own OpenID Connect provider (Entra ID, Keycloak, ADFS, …), through which its
 * staff log in instead of with a Redzaam password.
 *
 * @param issuer the provider's issuer URL, exactly as its ID tokens name it; https, except on the
 *     machine itself (a local test or development provider)
 * @param clientId the client Redzaam is registered as at the provider
 * @param accountClaim the ID token claim whose value is the staff member's email address in
 *     Redzaam, for example {@code email}, {@code preferred_username} or {@code upn}
 */
public record IdentityProvider(URI issuer, String clientId, String accountClaim) {

  public static final String DEFAULT_ACCOUNT_CLAIM = "email";
  private static final Pattern CLAIM_NAME = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  public IdentityProvider {
    require(issuer != null, "issuer-required", "The issuer URL must not be empty");
    String scheme = issuer.getScheme() == null ? "" : issuer.getScheme().toLowerCase(Locale.ROOT);
    String host = issuer.getHost() == null ? "" : issuer.getHost().toLowerCase(Locale.ROOT);
    require(
        issuer.isAbsolute()
            && !host.isEmpty()
            && issuer.getRawQuery() == null
            && issuer.getRawFragment() == null
            && issuer.getRawUserInfo() == null,
        "issuer-invalid",
        "The issuer must be a URL like https://login.example.nl/realms/gemeente, without query");
    require(
        scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host)),
        "issuer-not-https",
        "The issuer must use https (plain http only for a provider on this machine)");
    require(issuer.toString().length() <= 500, "issuer-invalid", "The issuer URL is too long");
    clientId = Text.required(clientId, "The client id", 200);
    accountClaim =
        accountClaim == null || accountClaim.isBlank()
            ? DEFAULT_ACCOUNT_CLAIM
            : accountClaim.strip();
    require(
        CLAIM_NAME.matcher(accountClaim).matches(),
        "claim-invalid",
        "The claim must be a name like email or preferred_username");
  }

  /** Reads the issuer from text, failing with a rule violation rather than a syntax error. */
  public static IdentityProvider of(String issuer, String clientId, String accountClaim) {
    String text = Text.required(issuer, "The issuer URL", 500);
    try {
      return new IdentityProvider(new URI(text), clientId, accountClaim);
    } catch (URISyntaxException e) {
      throw new RuleViolation(
          "issuer-invalid",
          "The issuer must be a URL like https://login.example.nl/realms/gemeente");
    }
  }
}
