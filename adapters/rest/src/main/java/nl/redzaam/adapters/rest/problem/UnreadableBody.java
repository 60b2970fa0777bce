package nl.redzaam.adapters.rest.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A body that JSON-B cannot read (truncated, an array where an object belongs, a number where a
 * string belongs, ...) is the client's mistake: a 400 that says so, not the 500 that the JSON
 * provider's exception would become. The parser's own message is left out: it names Java types.
 */
@Provider
public class UnreadableBody implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (ProcessingException | JsonbException | JsonException e) {
      throw new BadRequest(
          "body",
          "The body is not JSON of the expected shape: check the syntax, and that each field"
              + " has the type the API description gives it.");
    }
  }
}
