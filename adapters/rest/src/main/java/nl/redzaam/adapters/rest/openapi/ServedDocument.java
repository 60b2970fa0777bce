package nl.redzaam.adapters.rest.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Last corrections to the document Payara generates, for what its OpenAPI filter cannot reach: it
 * writes a root property "endpoints" that OpenAPI does not define (renamed "x-endpoints" upstream,
 * Payara FISH-12303), lists a tag once per resource class, and drops an operation's empty security
 * list (which is how OpenAPI says "no login needed").
 */
public final class ServedDocument {

  private ServedDocument() {}

  public static String finish(String generated) {
    JsonObject document = Json.createReader(new StringReader(generated)).readObject();
    JsonObjectBuilder result = Json.createObjectBuilder(document).remove("endpoints");
    if (document.containsKey("tags")) {
      result.add("tags", uniqueTags(document.getJsonArray("tags")));
    }
    if (document.containsKey("paths")) {
      result.add("paths", withPublicOperations(document.getJsonObject("paths")));
    }
    return result.build().toString();
  }

  private static JsonArray uniqueTags(JsonArray tags) {
    Map<String, JsonValue> byName = new LinkedHashMap<>();
    tags.forEach(tag -> byName.putIfAbsent(tag.asJsonObject().getString("name"), tag));
    var unique = Json.createArrayBuilder();
    byName.values().forEach(unique::add);
    return unique.build();
  }

  private static JsonObject withPublicOperations(JsonObject paths) {
    var result = Json.createObjectBuilder(paths);
    paths.forEach(
        (path, item) -> {
          var operations = Json.createObjectBuilder(item.asJsonObject());
          item.asJsonObject()
              .forEach(
                  (method, operation) -> {
                    if (ApiDocumentFilter.PUBLIC_OPERATIONS.contains(
                        method.toUpperCase() + " " + path)) {
                      operations.add(
                          method,
                          Json.createObjectBuilder(operation.asJsonObject())
                              .add("security", JsonValue.EMPTY_JSON_ARRAY));
                    }
                  });
          result.add(path, operations);
        });
    return result.build();
  }
}
