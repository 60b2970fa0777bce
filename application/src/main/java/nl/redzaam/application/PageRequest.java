package nl.redzaam.application;

import java.util.List;
import java.util.function.Function;

/** Which page of a list to show: pages count from 1 and hold at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int pageSize) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final PageRequest FIRST = new PageRequest(1, DEFAULT_SIZE);

  public PageRequest {
    if (page < 1 || pageSize < 1 || pageSize > MAX_SIZE) {
      throw new IllegalArgumentException(
          "page from 1, pageSize 1 to " + MAX_SIZE + ": " + page + ", " + pageSize);
    }
  }

  /** How many items come before this page; a page far beyond any list starts after all of them. */
  public int offset() {
    return offset(page, pageSize);
  }

  /** As {@link #offset()}, for callers that keep page and size apart; never overflows. */
  public static int offset(int page, int pageSize) {
    return (int) Math.min(Integer.MAX_VALUE, (page - 1L) * pageSize);
  }

  /** This page of an already ordered list. */
  public <T> ResultPage<T> of(List<T> all) {
    long from = Math.min((long) (page - 1) * pageSize, all.size());
    long to = Math.min(from + pageSize, all.size());
    return new ResultPage<>(
        List.copyOf(all.subList((int) from, (int) to)), page, pageSize, all.size());
  }

  /** One page of a list, and how many items the whole list has. */
  public record ResultPage<T>(List<T> items, int page, int pageSize, long totalItems) {
    public ResultPage {
      items = List.copyOf(items);
    }

    public <R> ResultPage<R> map(Function<T, R> mapping) {
      return new ResultPage<>(items.stream().map(mapping).toList(), page, pageSize, totalItems);
    }
  }
}
