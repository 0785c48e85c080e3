package io.newsdesk.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text that came without one, by Apache OpenNLP's language detector: an ISO 639-1
 * code ("en"), or nothing when the text is too short or the best guess is not clearly ahead.
 * Thread-safe: the detector keeps no state between calls.
 */
public final class LanguageGuesser {

  /** Where the opennlp-models-langdetect jar keeps its model. */
  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** Characters read: a few paragraphs tell the language; more only costs time. */
  static final int SAMPLE = 2_000;

  /** Shorter texts (a headline alone) are too easily mistaken. */
  static final int SHORTEST = 40;

  /** The best guess must be this many times as likely as the next one. */
  private static final double LEAD = 2.0;

  private static final Map<String, String> TWO_LETTER_CODES = twoLetterCodes();

  private final LanguageDetectorME detector;

  private LanguageGuesser(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
  }

  public static LanguageGuesser load() {
    try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "language model " + MODEL_RESOURCE + " is not on the classpath");
      }
      return new LanguageGuesser(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<String> guess(String text) {
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (sample.strip().length() < SHORTEST) {
      return Optional.empty();
    }
    Language[] ranked = detector.predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    if (ranked.length > 1 && ranked[0].getConfidence() < LEAD * ranked[1].getConfidence()) {
      return Optional.empty();
    }
    String code = ranked[0].getLang();
    return Optional.of(TWO_LETTER_CODES.getOrDefault(code, code));
  }

  /** The model answers in ISO 639-3 ("eng", "fra"); articles carry ISO 639-1 where one exists. */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
      } catch (MissingResourceException e) {
        // A language without a three-letter code cannot be one the model names.
      }
    }
    return codes;
  }
}
