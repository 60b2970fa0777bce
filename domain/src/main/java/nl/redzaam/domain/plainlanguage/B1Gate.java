package nl.redzaam.domain.plainlanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a resident-facing text is plain enough for language level B1. The thresholds, and why,
 * are in docs/plain-language.md.
 */
public final class B1Gate {

  /** Texts of at least this many words must reach {@link #MIN_FLESCH_DOUMA}. */
  static final int MEASURED_FROM_WORDS = 15;

  static final double MIN_FLESCH_DOUMA = 60;
  static final double MAX_AVERAGE_SENTENCE_LENGTH = 15;
  static final int MAX_SENTENCE_LENGTH = 22;
  static final double MAX_LONG_WORD_SHARE = 0.12;

  /**
   * A short text (a title, a question) is too short for the averages, but a string of long words
   * still makes it hard: the share above, over the words a text is measured from, rounded up.
   */
  static final int MAX_LONG_WORDS_IN_SHORT_TEXT =
      (int) Math.ceil(MEASURED_FROM_WORDS * MAX_LONG_WORD_SHARE);

  private B1Gate() {}

  /** Why the text is above B1, or empty when it passes. */
  public static Optional<String> check(String text) {
    Readability r = Readability.of(text);
    List<String> problems = new ArrayList<>();
    if (r.longestSentence() > MAX_SENTENCE_LENGTH) {
      problems.add(
          "a sentence of " + r.longestSentence() + " words (at most " + MAX_SENTENCE_LENGTH + ")");
    }
    if (r.words() < MEASURED_FROM_WORDS && r.longWords() > MAX_LONG_WORDS_IN_SHORT_TEXT) {
      problems.add(
          r.longWords()
              + " long words of four syllables or more in a short text (at most "
              + MAX_LONG_WORDS_IN_SHORT_TEXT
              + ")");
    }
    if (r.words() >= MEASURED_FROM_WORDS) {
      if (r.averageSentenceLength() > MAX_AVERAGE_SENTENCE_LENGTH) {
        problems.add(
            String.format(
                "%.1f words per sentence (at most %.0f)",
                r.averageSentenceLength(), MAX_AVERAGE_SENTENCE_LENGTH));
      }
      if (r.fleschDouma() < MIN_FLESCH_DOUMA) {
        problems.add(
            String.format("Flesch-Douma %.0f (at least %.0f)", r.fleschDouma(), MIN_FLESCH_DOUMA));
      }
      if (r.longWordShare() > MAX_LONG_WORD_SHARE) {
        problems.add(
            String.format(
                "%.0f%% long words of four syllables or more (at most %.0f%%)",
                100 * r.longWordShare(), 100 * MAX_LONG_WORD_SHARE));
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }
}
