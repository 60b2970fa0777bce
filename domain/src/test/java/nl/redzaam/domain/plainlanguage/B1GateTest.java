package nl.redzaam.domain.plainlanguage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class B1GateTest {

  @Test
  void syllables_are_groups_of_vowels() {
    assertEquals(1, Readability.syllables("geld"));
    assertEquals(3, Readability.syllables("huurtoeslag"));
    assertEquals(3, Readability.syllables("betalen"));
    assertEquals(4, Readability.syllables("beëindigen"));
    assertEquals(1, Readability.syllables("2026"));
  }

  @Test
  void sentences_and_words_are_counted() {
    Readability r = Readability.of("Kijk in je bankapp. Zie je alle betalingen? Schrijf ze op!");

    assertEquals(3, r.sentences());
    assertEquals(11, r.words());
    assertEquals(4, r.longestSentence());
  }

  @Test
  void a_plain_instruction_passes() {
    assertEquals(
        Optional.empty(),
        B1Gate.check(
            "Kijk deze week elke dag even in je bankapp. Zoek je laatste vijf betalingen op."
                + " Weet je waarvoor elk bedrag was? Schrijf het op."));
  }

  @Test
  void official_language_is_above_b1() {
    Optional<String> why =
        B1Gate.check(
            "Teneinde de continuïteit van de inkomensondersteunende voorzieningen te waarborgen,"
                + " dient belanghebbende wijzigingen in de financiële omstandigheden onverwijld"
                + " kenbaar te maken aan de uitvoeringsorganisatie, overeenkomstig de geldende"
                + " verordening betreffende individuele bijzondere bijstand.");

    assertTrue(why.isPresent());
    assertTrue(why.get().contains("Flesch-Douma"), why.get());
    assertTrue(why.get().contains("words per sentence") || why.get().contains("a sentence of"));
  }

  @Test
  void one_overlong_sentence_fails_even_in_a_short_text() {
    String sentence = "en ".repeat(B1Gate.MAX_SENTENCE_LENGTH) + "klaar.";

    assertTrue(B1Gate.check(sentence).orElse("").contains("a sentence of"));
  }

  @Test
  void too_many_long_words_fail() {
    assertTrue(
        B1Gate.check(
                "Administratieve verplichtingen zijn belangrijk. Inkomensondersteuning helpt"
                    + " echt. Betalingsregelingen organiseren kan. Energieleveranciers vergelijken"
                    + " loont. Belastingaangifte invullen moet. Huishoudportemonnee bijhouden.")
            .orElse("")
            .contains("long words"));
  }

  @Test
  void a_short_text_of_long_official_words_fails() {
    String fourteenWords =
        "De administratieve verantwoordelijkheidsverdeling tussen gemeentelijke"
            + " schuldhulpverleningsorganisaties en maatschappelijke dienstverleningsinstanties"
            + " vereist voortdurende interdisciplinaire afstemming.";

    assertTrue(B1Gate.check(fourteenWords).orElse("").contains("in a short text"));
    assertEquals(Optional.empty(), B1Gate.check("Je zorgverzekering en je zorgtoeslag"));
  }
}
