package nl.redzaam.adapters.rest.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void lines_and_tabs_are_text_other_control_characters_are_not() {
    assertFalse(ControlCharacters.in("Eerste regel\nTweede regel\r\n\tingesprongen, € en ë"));
    assertFalse(ControlCharacters.in("مرحبا 👋 \u202e"));
    assertTrue(ControlCharacters.in("a\u0000b"));
    assertTrue(ControlCharacters.in("escape \u001b[31m"));
    assertTrue(ControlCharacters.in("C1 \u0085"));
    assertTrue(ControlCharacters.in("delete \u007f"));
  }
}
