package nl.redzaam.adapters.rest.openapi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.redzaam.adapters.rest.ApiVersionHeader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the generated OpenAPI document with what holds for every operation, so no resource has
 * to repeat it: the server URL carries the major version (paths are relative to it), every response
 * names the {@code API-Version} header, every error is {@code application/problem+json} with the
 * {@code Problem} schema, and every protected operation documents its 401.
 */
public class ApiDocumentFilter implements OASFilter {

  public static final String SERVER_URL = "/api/v1";
  static final String VERSION_HEADER = "API-Version";
  static final String PROBLEM_SCHEMA = "Problem";
  static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
  static final String SECURITY_SCHEME = "bearerAuth";

  /**
   * The operations anyone may call: logging in, activating an account, resetting a password and
   * reading this document. web.xml leaves exactly these paths unprotected; ApiDescriptionIT checks
   * every other operation answers 401 without credentials.
   */
  public static final Set<String> PUBLIC_OPERATIONS =
      Set.of(
          "POST /sessions",
          "POST /sessions/identity-provider",
          "GET /identity-providers",
          "POST /identity-providers/{municipalityId}/logins",
          "GET /identity-providers/callback",
          "POST /activations",
          "POST /password-reset-requests",
          "POST /password-resets",
          "POST /unsubscriptions",
          "GET /openapi.json");

  @Override
  public void filterOpenAPI(OpenAPI document) {
    document.setServers(
        List.of(
            OASFactory.createServer()
                .url(SERVER_URL)
                .description("This server; put a TLS proxy in front (see the operations guide)")));
    addComponents(document);
    EnumeratedFields.apply(document);
    document.setSecurity(List.of(bearer()));
    if (document.getTags() != null) {
      // By name: the order the server found the resources in depends on their packages.
      document.setTags(
          document.getTags().stream().sorted(Comparator.comparing(Tag::getName)).toList());
    }
    Map<String, PathItem> relative = new LinkedHashMap<>();
    if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
      document
          .getPaths()
          .getPathItems()
          .forEach(
              (path, item) -> {
                String relativePath = relativePath(path);
                item.getOperations()
                    .forEach(
                        (method, operation) ->
                            complete(
                                operation,
                                !PUBLIC_OPERATIONS.contains(method + " " + relativePath)));
                relative.put(relativePath, item);
              });
    }
    var paths = OASFactory.createPaths();
    relative.forEach(paths::addPathItem);
    document.setPaths(paths);
  }

  /**
   * Payara writes every attribute of a property's {@code @Schema} annotation, defaults included;
   * {@code maxProperties: 0} would forbid any entry in a map. The defaults mean "no constraint", so
   * they are left out.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  private static SecurityRequirement bearer() {
    return OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME);
  }

  private static String relativePath(String path) {
    return path.startsWith(SERVER_URL) ? path.substring(SERVER_URL.length()) : path;
  }

  private static void addComponents(OpenAPI document) {
    if (document.getComponents() == null) {
      document.setComponents(OASFactory.createComponents());
    }
    var components = document.getComponents();
    components.addHeader(
        VERSION_HEADER,
        OASFactory.createHeader()
            .description("The full version of the API that answered (semantic versioning)")
            .required(true)
            .schema(
                OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .example(ApiVersionHeader.VERSION)));
    components.addSchema(PROBLEM_SCHEMA, problemSchema());
  }

  private static Schema problemSchema() {
    Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema invalidParam =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("One field of the request that was wrong")
            .addProperty("name", string.description("The field, e.g. 'residentEmail'"))
            .addProperty(
                "reason",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .description("What is wrong with it"));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .format("uri")
                .description("A stable URN naming the kind of problem")
                .example("urn:redzaam:problem:not-found"))
        .addProperty(
            "title", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("Not found"))
        .addProperty(
            "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).example(404))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .description("Explanation for this occurrence; never internals"))
        .addProperty(
            "invalidParams",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("The fields that were wrong, on 400")
                .items(invalidParam))
        .required(List.of("type", "title", "status"));
  }

  private static void complete(Operation operation, boolean secured) {
    if (operation.getParameters() != null) {
      // A path value read into a domain id (DomainIds) is a string on the wire, not the record.
      operation.getParameters().stream()
          .filter(p -> p.getIn() == Parameter.In.PATH)
          .filter(p -> p.getSchema() != null && p.getSchema().getType() == Schema.SchemaType.OBJECT)
          .forEach(p -> p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (secured && !operation.getResponses().hasAPIResponse("401")) {
      operation
          .getResponses()
          .addAPIResponse(
              "401",
              OASFactory.createAPIResponse()
                  .description("Not logged in, or the session has ended"));
    }
    if (!operation.getResponses().hasAPIResponse("500")) {
      operation
          .getResponses()
          .addAPIResponse(
              "500", OASFactory.createAPIResponse().description("Unexpected error on our side"));
    }
    operation.getResponses().getAPIResponses().forEach(ApiDocumentFilter::complete);
  }

  private static void complete(String status, APIResponse response) {
    Header versionHeader = OASFactory.createHeader().ref(VERSION_HEADER);
    response.addHeader(VERSION_HEADER, versionHeader);
    if (status.startsWith("4") || status.startsWith("5")) {
      Content problem =
          OASFactory.createContent()
              .addMediaType(
                  PROBLEM_MEDIA_TYPE,
                  OASFactory.createMediaType()
                      .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
      response.setContent(problem);
    }
  }
}
