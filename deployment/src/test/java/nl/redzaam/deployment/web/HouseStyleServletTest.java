package nl.redzaam.deployment.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HouseStyleServletTest {

  @Test
  void a_known_style_is_used_whatever_its_case_and_spaces() {
    assertEquals("utrecht", HouseStyleServlet.style(" Utrecht "));
    assertEquals("voorbeeldstad", HouseStyleServlet.style("voorbeeldstad"));
  }

  @Test
  void an_unknown_or_empty_style_falls_back_to_the_default() {
    assertEquals(HouseStyleServlet.DEFAULT_STYLE, HouseStyleServlet.style("amsterdam"));
    assertEquals(HouseStyleServlet.DEFAULT_STYLE, HouseStyleServlet.style(""));
    assertEquals(HouseStyleServlet.DEFAULT_STYLE, HouseStyleServlet.style(null));
  }

  @Test
  void every_style_the_servlet_knows_is_written_by_the_build() throws Exception {
    String build = Files.readString(Path.of("src/main/werkomgeving/build.mjs"));
    for (String style : HouseStyleServlet.STYLES) {
      assertTrue(build.contains("  " + style + ": ["), style + " is missing in build.mjs");
    }
  }
}
