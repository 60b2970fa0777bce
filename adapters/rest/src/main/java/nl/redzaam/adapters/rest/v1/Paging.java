package nl.redzaam.adapters.rest.v1;

import java.util.List;
import nl.redzaam.adapters.rest.problem.BadRequest;

/** Page numbers from 1, page size 1..100 (default 20), for lists that can grow. */
record Paging(int page, int pageSize) {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  static Paging of(Integer page, Integer pageSize) {
    int p = page == null ? 1 : page;
    int size = pageSize == null ? DEFAULT_SIZE : pageSize;
    if (p < 1) {
      throw new BadRequest("page", "page starts at 1");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequest("pageSize", "pageSize must be between 1 and " + MAX_SIZE);
    }
    return new Paging(p, size);
  }

  /** This page's part of a list that is already complete in memory. */
  <T> List<T> slice(List<T> all) {
    int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
    return all.subList(from, Math.min(from + pageSize, all.size()));
  }
}
