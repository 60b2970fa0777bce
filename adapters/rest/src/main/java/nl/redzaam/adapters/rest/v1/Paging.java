package nl.redzaam.adapters.rest.v1;

import java.util.List;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.PageRequest.ResultPage;

/**
 * The paging query parameters of list endpoints: {@code page} from 1, {@code pageSize} 1-100. They
 * arrive as text, because JAX-RS would answer a non-number with 404 instead of 400.
 */
public final class Paging {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  private Paging() {}

  /** A list as the API returns it: one page of items and how many there are in all. */
  public record Page<T>(List<T> items, int page, int pageSize, long totalItems) {
    static <T> Page<T> of(ResultPage<T> result) {
      return new Page<>(result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  /** The page asked for, for use cases that page in the repository. */
  public static PageRequest request(String page, String pageSize) {
    return new PageRequest(page(page), pageSize(pageSize));
  }

  public static int page(String page) {
    int value = number(page, "page", 1);
    if (value < 1) {
      throw new BadRequest("page", "page counts from 1, not " + page);
    }
    return value;
  }

  public static int pageSize(String pageSize) {
    int value = number(pageSize, "pageSize", DEFAULT_PAGE_SIZE);
    if (value < 1 || value > MAX_PAGE_SIZE) {
      throw new BadRequest(
          "pageSize", "pageSize must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
    }
    return value;
  }

  /** One page of a list that is already complete in memory (short lists only). */
  public static <T> List<T> slice(List<T> all, int page, int pageSize) {
    int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
    return all.subList(from, Math.min(from + pageSize, all.size()));
  }

  /** An optional true/false query parameter; absent is false. */
  public static boolean flag(String value, String name) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw new BadRequest(name, name + " must be true or false, not '" + value + "'");
  }

  private static int number(String value, String name, int absent) {
    if (value == null) {
      return absent;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequest(name, name + " must be a whole number, not '" + value + "'");
    }
  }
}
