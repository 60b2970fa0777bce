package nl.redzaam.adapters.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client a request came from, for request limits and the access log. Behind a
 * reverse proxy every request comes from the proxy, so the client is read from {@code
 * X-Forwarded-For} — but only when the request came from a proxy named in {@code
 * redzaam.trusted-proxies}; anyone else could write any address there. The header is read from the
 * right: the first address that is not a trusted proxy is the client.
 */
@ApplicationScoped
public class ClientAddress {

  /** An IPv4 or IPv6 literal; names are never looked up. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private final Set<String> trustedProxies;

  @Inject
  public ClientAddress(
      @ConfigProperty(name = "redzaam.trusted-proxies") Optional<String> trustedProxies) {
    this.trustedProxies =
        trustedProxies
            .map(list -> Arrays.stream(list.split(",")))
            .orElseGet(java.util.stream.Stream::empty)
            .map(String::trim)
            .filter(address -> !address.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** For CDI's proxies. */
  protected ClientAddress() {
    this.trustedProxies = Set.of();
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
  }

  String of(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
    String client = remoteAddress;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!IP_LITERAL.matcher(hop).matches()) {
        break; // garbage: trust nothing further left
      }
      client = hop;
      if (!trustedProxies.contains(hop)) {
        break;
      }
    }
    return client;
  }
}
