package nl.redzaam.adapters.rest.problem;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import nl.redzaam.adapters.rest.ApiVersionHeader;
import nl.redzaam.adapters.rest.audit.RequestIds;

/**
 * Errors the server raises before JAX-RS is reached (not logged in, no such path, ...) as problem
 * details too, instead of the server's HTML error page. Mapped as error page in {@code web.xml}.
 */
@WebServlet("/problem-error")
public class ProblemErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request cannot be read: check its address and headers.",
          401, "Log in first: send your email address and password.",
          403, "You may not do this.",
          404, "There is nothing at this address.",
          405, "This address does not accept this method.",
          500, "Something went wrong on our side. Try again later.",
          503, DatabaseUnavailable.DETAIL);

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // Asked for directly rather than as an error page: there is nothing here.
    int status = code instanceof Integer number ? number : 404;
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setCharacterEncoding("UTF-8");
    response.setHeader("API-Version", ApiVersionHeader.VERSION);
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    var problem =
        Json.createObjectBuilder()
            .add("type", "urn:redzaam:problem:http-" + status)
            .add("title", title)
            .add("status", status)
            .add("detail", DETAILS.getOrDefault(status, title));
    String requestId = RequestIds.of(request);
    if (requestId != null) {
      problem.add("requestId", requestId);
    }
    response.getWriter().write(problem.build().toString());
  }
}
