package nl.redzaam.deployment.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DevMailboxServletTest {

  @Test
  void links_become_clickable_and_everything_else_is_escaped() {
    assertEquals(
        "Beste &lt;b&gt;Lisa&lt;/b&gt;,\nKlik:\n<a href=\"http://127.0.0.1:8080/app/#activeren/a_b-1\">"
            + "http://127.0.0.1:8080/app/#activeren/a_b-1</a>\n&amp; klaar",
        DevMailboxServlet.linked(
            "Beste <b>Lisa</b>,\nKlik:\nhttp://127.0.0.1:8080/app/#activeren/a_b-1\n& klaar"));
  }

  @Test
  void a_link_cannot_break_out_of_its_attribute() {
    assertEquals(
        "<a href=\"https://x.example/a\">https://x.example/a</a>&quot;onclick=&quot;x",
        DevMailboxServlet.linked("https://x.example/a\"onclick=\"x"));
  }
}
