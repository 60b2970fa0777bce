package nl.redzaam.deployment.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.domain.plainlanguage.B1Gate;
import org.junit.jupiter.api.Test;

/**
 * The resident app's Dutch texts pass the same B1 gate as the catalogues. They all live in
 * src/main/webapp/app/js/teksten.js, one per line as {@code key: "text",}.
 */
class AppTextsTest {

  private static final Path TEXTS = Path.of("src/main/webapp/app/js/teksten.js");
  private static final Pattern LINE = Pattern.compile("^\\s+(\\w+): \"((?:[^\"\\\\]|\\\\.)*)\",$");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  static Map<String, String> texts() throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(TEXTS, StandardCharsets.UTF_8)) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        // A filled-in value ({week}, {tijd}) reads as one short word.
        texts.put(m.group(1), PLACEHOLDER.matcher(m.group(2)).replaceAll("vijf"));
      }
    }
    return texts;
  }

  @Test
  void every_text_of_the_resident_app_passes_the_b1_gate() throws IOException {
    Map<String, String> texts = texts();
    assertTrue(texts.size() > 80, "expected the app's texts in " + TEXTS + ", found " + texts);
    List<String> failures = new ArrayList<>();
    texts.forEach(
        (key, text) ->
            B1Gate.check(text).ifPresent(why -> failures.add(key + ": " + why + "\n    " + text)));
    assertTrue(
        failures.isEmpty(), failures.size() + " texts above B1:\n" + String.join("\n", failures));
  }

  @Test
  void the_gate_would_catch_a_text_above_b1() {
    // The same gate on a sentence a resident should never get: the test above can fail.
    String legalese =
        "Indien u voornemens bent de verwerkingsovereenkomst te beëindigen, dient u de"
            + " gemeentelijke toezichthoudende instantie voorafgaand schriftelijk en"
            + " gemotiveerd hiervan in kennis te stellen met inachtneming van de termijnen.";
    assertTrue(B1Gate.check(legalese).isPresent());
  }

  @Test
  void the_pages_take_their_texts_from_the_text_file() throws IOException {
    // Keys used as t("key") or data-tekst="key" exist, so no page shows an empty text.
    Map<String, String> texts = texts();
    Pattern use = Pattern.compile("(?:\\bt\\(|data-tekst=)\"(\\w+)\"");
    List<String> missing = new ArrayList<>();
    try (var files = Files.walk(Path.of("src/main/webapp/app"))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
              .toList()) {
        Matcher m = use.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!texts.containsKey(m.group(1))) missing.add(file.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertTrue(missing.isEmpty(), "texts missing from teksten.js: " + missing);
  }
}
