package nl.redzaam.adapters.rest.v1.login;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The link a new person opens to activate their account (POST /v1/activations). The token sits
 * after '#' so that it never reaches a server's request log.
 */
public final class ActivationLinks {

  private ActivationLinks() {}

  public static URI of(UriInfo uri, String activationToken) {
    return uri.getBaseUriBuilder()
        .replacePath("/app/")
        .fragment("activeren/" + activationToken)
        .build();
  }
}
