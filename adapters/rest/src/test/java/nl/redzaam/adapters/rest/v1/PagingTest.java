package nl.redzaam.adapters.rest.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.redzaam.adapters.rest.problem.BadRequest;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void absent_values_take_the_defaults() {
    assertEquals(1, Paging.page(null));
    assertEquals(20, Paging.pageSize(null));
    assertFalse(Paging.flag(null, "awaitingReply"));
  }

  @Test
  void given_values_are_used() {
    assertEquals(3, Paging.page("3"));
    assertEquals(100, Paging.pageSize("100"));
    assertTrue(Paging.flag("true", "awaitingReply"));
  }

  @Test
  void values_out_of_range_or_not_numbers_are_bad_requests() {
    assertThrows(BadRequest.class, () -> Paging.page("0"));
    assertThrows(BadRequest.class, () -> Paging.page("twee"));
    assertThrows(BadRequest.class, () -> Paging.pageSize("101"));
    assertThrows(BadRequest.class, () -> Paging.pageSize("0"));
    assertThrows(BadRequest.class, () -> Paging.flag("yes", "awaitingReply"));
  }
}
