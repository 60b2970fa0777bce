package nl.redzaam.adapters.rest.v1;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.UUID;
import nl.redzaam.adapters.rest.problem.BadRequest;

/**
 * Reads a path or query value into a domain id (a record holding one UUID, such as {@code
 * TrajectoryId}), so that a resource method takes {@code @PathParam("trajectoryId") TrajectoryId}
 * and every id is checked in one place: a value that is not a UUID is a 400 naming the parameter.
 * The OpenAPI document shows these parameters as strings ({@code ApiDocumentFilter}).
 */
@Provider
public class DomainIds implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    Constructor<T> constructor = uuidConstructor(rawType);
    if (constructor == null) {
      return null;
    }
    String name = parameterName(annotations);
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        try {
          return constructor.newInstance(Json.uuid(value, name));
        } catch (BadRequest e) {
          // JAX-RS passes on only a WebApplicationException from a converter (any other exception
          // from reading a path value becomes a 404); ProblemMappers answers it as the BadRequest.
          throw new WebApplicationException(e, Response.Status.BAD_REQUEST);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot make a " + rawType.getSimpleName(), e);
        }
      }

      @Override
      public String toString(T id) {
        return String.valueOf(id);
      }
    };
  }

  /** The canonical constructor of a domain id: a record whose one component is a UUID. */
  static <T> Constructor<T> uuidConstructor(Class<T> type) {
    if (!type.isRecord() || !type.getPackageName().startsWith("nl.redzaam.domain")) {
      return null;
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components.length != 1 || components[0].getType() != UUID.class) {
      return null;
    }
    try {
      return type.getDeclaredConstructor(UUID.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof PathParam p) {
        return p.value();
      }
      if (a instanceof QueryParam q) {
        return q.value();
      }
    }
    return "id";
  }
}
