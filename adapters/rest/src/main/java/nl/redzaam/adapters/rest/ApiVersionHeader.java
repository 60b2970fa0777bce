package nl.redzaam.adapters.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Every response names the full API version (NL API Design Rules, API-57). */
@Provider
public class ApiVersionHeader implements ContainerResponseFilter {

  public static final String VERSION = "1.0.0";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("API-Version", VERSION);
  }
}
