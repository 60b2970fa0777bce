package nl.redzaam.adapters.rest.v1;

import java.util.List;
import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.application.usecase.PageRequest;
import nl.redzaam.application.usecase.PageRequest.ResultPage;

/** The query keys {@code page} (from 1) and {@code pageSize} (default 20, at most 100). */
public final class Paging {

  private Paging() {}

  /** A list as the API returns it: one page of items and how many there are in all. */
  public record Page<T>(List<T> items, int page, int pageSize, long totalItems) {
    static <T> Page<T> of(ResultPage<T> result) {
      return new Page<>(result.items(), result.page(), result.pageSize(), result.totalItems());
    }
  }

  static PageRequest request(Integer page, Integer pageSize) {
    int p = page == null ? 1 : page;
    int size = pageSize == null ? PageRequest.DEFAULT_SIZE : pageSize;
    if (p < 1) {
      throw new BadRequest("page counts from 1, not " + p);
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw new BadRequest("pageSize must be 1 to " + PageRequest.MAX_SIZE + ", not " + size);
    }
    return new PageRequest(p, size);
  }
}
