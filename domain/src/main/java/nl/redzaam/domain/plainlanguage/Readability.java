package nl.redzaam.domain.plainlanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readability figures of a Dutch text.
 *
 * @param sentences the number of sentences
 * @param words the number of words
 * @param syllables the number of syllables, counted as groups of vowels
 * @param longestSentence the number of words in the longest sentence
 * @param longWords words of four syllables or more
 */
public record Readability(
    int sentences, int words, int syllables, int longestSentence, int longWords) {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)|\\n+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  // A group of vowels is one syllable; a diaeresis (beëindigen) starts a new one.
  private static final Pattern VOWEL_GROUP =
      Pattern.compile("[aeiouyàáâäèéêëìíîïòóôöùúûü]+", Pattern.CASE_INSENSITIVE);

  /**
   * Measures a text. Abbreviations with a dot count as sentence ends: a cautious simplification.
   */
  public static Readability of(String text) {
    List<String> sentences = new ArrayList<>();
    for (String part : SENTENCE_END.split(text)) {
      if (WORD.matcher(part).find()) {
        sentences.add(part);
      }
    }
    int words = 0;
    int syllables = 0;
    int longest = 0;
    int longWords = 0;
    for (String sentence : sentences) {
      Matcher word = WORD.matcher(sentence);
      int inSentence = 0;
      while (word.find()) {
        int count = syllables(word.group());
        inSentence++;
        syllables += count;
        if (count >= 4) {
          longWords++;
        }
      }
      words += inSentence;
      longest = Math.max(longest, inSentence);
    }
    return new Readability(sentences.size(), words, syllables, longest, longWords);
  }

  /** Syllables of one Dutch word: its vowel groups, at least one. */
  static int syllables(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().allMatch(Character::isDigit)) {
      return 1;
    }
    Matcher vowels = VOWEL_GROUP.matcher(lower);
    int count = 0;
    while (vowels.find()) {
      // "ë", "ï" and "ü" after another vowel start a new syllable (zeeën, beïnvloeden).
      String group = vowels.group();
      count += 1 + (int) group.chars().skip(1).filter(c -> "ëïü".indexOf(c) >= 0).count();
    }
    return Math.max(1, count);
  }

  /**
   * Flesch-Douma reading ease: 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence.
   * Higher is easier; 60-70 reads as fairly easy.
   */
  public double fleschDouma() {
    if (words == 0) {
      return 100;
    }
    return 206.84 - 0.77 * (100.0 * syllables / words) - 0.93 * averageSentenceLength();
  }

  public double averageSentenceLength() {
    return sentences == 0 ? 0 : (double) words / sentences;
  }

  /** The share of words with four syllables or more, from 0 to 1. */
  public double longWordShare() {
    return words == 0 ? 0 : (double) longWords / words;
  }
}
