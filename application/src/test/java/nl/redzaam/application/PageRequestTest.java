package nl.redzaam.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void the_offset_of_a_page_far_beyond_any_list_does_not_overflow() {
    assertEquals(0, new PageRequest(1, 20).offset());
    assertEquals(40, new PageRequest(3, 20).offset());
    assertEquals(Integer.MAX_VALUE, new PageRequest(Integer.MAX_VALUE, 100).offset());
    assertEquals(Integer.MAX_VALUE, PageRequest.offset(30_000_000, 100));
    assertEquals(List.of(), new PageRequest(Integer.MAX_VALUE, 100).of(List.of(1, 2, 3)).items());
  }
}
