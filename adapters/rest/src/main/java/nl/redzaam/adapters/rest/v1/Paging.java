package nl.redzaam.adapters.rest.v1;

import nl.redzaam.adapters.rest.problem.BadRequest;

/** The paging query parameters of list endpoints: {@code page} from 1, {@code pageSize} 1-100. */
final class Paging {

  static final int DEFAULT_PAGE_SIZE = 20;
  static final int MAX_PAGE_SIZE = 100;

  private Paging() {}

  static int page(Integer page) {
    if (page == null) {
      return 1;
    }
    if (page < 1) {
      throw new BadRequest("page counts from 1, not " + page);
    }
    return page;
  }

  static int pageSize(Integer pageSize) {
    if (pageSize == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new BadRequest("pageSize must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
    }
    return pageSize;
  }
}
