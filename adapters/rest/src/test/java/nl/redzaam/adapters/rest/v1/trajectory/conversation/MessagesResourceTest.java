package nl.redzaam.adapters.rest.v1.trajectory.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.redzaam.adapters.rest.problem.BadRequest;
import org.junit.jupiter.api.Test;

/** Paging parameters of the message list: a bad value is a 400 naming the parameter. */
class MessagesResourceTest {

  @Test
  void page_size_is_a_whole_number_from_1_to_100() {
    assertEquals(20, MessagesResource.number(" 20", "pageSize", 1, 100));
    assertEquals(100, MessagesResource.number("100", "pageSize", 1, 100));
    assertEquals(
        "pageSize must be a whole number from 1 to 100, not '101'",
        assertThrows(BadRequest.class, () -> MessagesResource.number("101", "pageSize", 1, 100))
            .getMessage());
    assertThrows(BadRequest.class, () -> MessagesResource.number("0", "pageSize", 1, 100));
    assertEquals(
        "page must be a whole number from 1 on, not 'twee'",
        assertThrows(
                BadRequest.class,
                () -> MessagesResource.number("twee", "page", 1, Integer.MAX_VALUE))
            .getMessage());
  }
}
