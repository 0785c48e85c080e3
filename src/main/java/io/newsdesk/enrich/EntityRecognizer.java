package io.newsdesk.enrich;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;
import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.EntityType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Tags people, organisations and places with Stanford CoreNLP's 3-class CRF model
 * (english.all.3class.distsim), called directly: no CoreNLP pipeline, so no SUTime, no regexner, no
 * coreference, and no pronoun ever tagged a person.
 *
 * <p>The title, each paragraph and each caption are tagged apart, line by line, and the credits in
 * a line (see {@link CreditCues}) apart from the rest of it, so a photographer's name is never read
 * together with the headline that follows it. Mentions in a credit are flagged, and become {@link
 * io.newsdesk.article.EntityRole#CREDIT CREDIT}.
 *
 * <p>Thread-safe: one instance serves all threads. The classifier is loaded once and is read-only
 * while classifying: its feature index, weights and lexicons are not written to; the one table it
 * may add to (known lowercase words, for word shapes) is a concurrent set frozen at its loaded size
 * here, so results also never depend on what was tagged before. CoreNLP itself shares one
 * classifier between threads (the {@code ner.nthreads} option); {@code EntityRecognizerTest} checks
 * that parallel tagging gives the same results as serial. The tokenizer and sentence splitter are
 * made per call.
 */
public final class EntityRecognizer {

  /** Where the build puts the model on the classpath (the pom's unpack-ner-model execution). */
  public static final String MODEL_RESOURCE =
      "/edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> classifier;
  private final Set<String> knownLowercaseWords;
  private final CreditCues cues;
  private final TokenizerFactory<CoreLabel> tokenizers;

  private EntityRecognizer(CRFClassifier<CoreLabel> classifier, Gazetteer gazetteer) {
    this.classifier = classifier;
    Set<String> known = classifier.getKnownLCWords();
    if (known instanceof MaxSizeConcurrentHashSet<String> set) {
      set.setMaxSize(set.size());
    }
    this.knownLowercaseWords = known;
    this.cues = new CreditCues(gazetteer);
    this.tokenizers = PTBTokenizer.coreLabelFactory("invertible=false");
    // The first classification builds the classifier's clique potential function lazily: do it
    // here, before the instance is shared.
    tagLine("Warm up in London with Jane Doe of the United Nations.", 0);
  }

  /** Loads the model from the classpath; a few seconds and about 150 MB of heap. */
  public static EntityRecognizer load() {
    return load(Gazetteer.defaults());
  }

  /** Loads the model from the classpath, with credits found by this gazetteer's agencies. */
  public static EntityRecognizer load(Gazetteer gazetteer) {
    InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "NER model "
              + MODEL_RESOURCE
              + " is not on the classpath; the build unpacks it (mvn generate-resources)");
    }
    return load(in, gazetteer);
  }

  /** Loads a serialized CRF classifier (gzipped) from a file. */
  public static EntityRecognizer load(Path model, Gazetteer gazetteer) {
    try {
      return load(Files.newInputStream(model), gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EntityRecognizer load(InputStream raw, Gazetteer gazetteer) {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16))) {
      CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(in);
      return new EntityRecognizer(crf, gazetteer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("not a CRF classifier model", e);
    }
  }

  /** The credit finder this recogniser uses. */
  public CreditCues creditCues() {
    return cues;
  }

  /**
   * Whether a lowercase word is a common word of English as the model knows it ("trump", "deal",
   * "may"): such a word, capitalised, is only a name where the context says so.
   */
  public boolean isCommonWord(String lowercase) {
    return knownLowercaseWords.contains(lowercase);
  }

  /** The names in a draft's title, paragraphs and captions. */
  public List<RawMention> recognize(ArticleDraft draft) {
    return recognize(DocumentText.of(draft, cues));
  }

  /** The names in an article's lines. */
  public List<RawMention> recognize(DocumentText doc) {
    List<RawMention> out = new ArrayList<>();
    for (DocumentText.Line line : doc.lines()) {
      for (Piece piece : pieces(line)) {
        String text = line.text().substring(piece.begin, piece.end);
        for (Tagged t : tagLine(text, line.offset() + piece.begin)) {
          out.add(
              new RawMention(
                  t.text,
                  t.type,
                  line.part(),
                  line.partIndex(),
                  t.begin,
                  t.end,
                  piece.credit,
                  true));
        }
      }
    }
    return out;
  }

  private record Piece(int begin, int end, boolean credit) {}

  /** A line cut at the edges of its credits, offsets in the line. */
  private static List<Piece> pieces(DocumentText.Line line) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (Span c : line.credits()) {
      int b = c.begin() - line.offset();
      int e = c.end() - line.offset();
      if (b > at) {
        pieces.add(new Piece(at, b, false));
      }
      pieces.add(new Piece(b, e, true));
      at = e;
    }
    if (at < line.text().length()) {
      pieces.add(new Piece(at, line.text().length(), false));
    }
    return pieces;
  }

  /** One tagged name: its text (brackets dropped), type and offsets. */
  public record Tagged(String text, EntityType type, int begin, int end) {}

  /**
   * Tags one line of text. Offsets are the line's plus {@code offset}. A name is a run of tokens
   * with one tag; a comma, colon, slash, parenthesis or quote ends it, and so does a dash with
   * spaces around it; square brackets are dropped from it ("[Sergei] Lavrov").
   */
  public List<Tagged> tagLine(String line, int offset) {
    List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(line)).tokenize();
    List<Tagged> out = new ArrayList<>();
    for (List<CoreLabel> sentence : new WordToSentenceProcessor<CoreLabel>().process(tokens)) {
      List<CoreLabel> tagged = classifier.classifySentence(sentence);
      Run run = null;
      for (int i = 0; i < sentence.size(); i++) {
        CoreLabel token = sentence.get(i);
        String word = line.substring(token.beginPosition(), token.endPosition());
        if (word.equals("[") || word.equals("]")) {
          continue;
        }
        EntityType type = type(tagged.get(i).get(CoreAnnotations.AnswerAnnotation.class));
        boolean breaks = breaksName(word, line, token);
        if (run != null && (type != run.type || breaks)) {
          run.emit(line, offset, out);
          run = null;
        }
        if (type != null && !breaks) {
          if (run == null) {
            run = new Run(type);
          }
          run.tokens.add(token);
        }
      }
      if (run != null) {
        run.emit(line, offset, out);
      }
    }
    return out;
  }

  private static final class Run {
    final EntityType type;
    final List<CoreLabel> tokens = new ArrayList<>();

    Run(EntityType type) {
      this.type = type;
    }

    void emit(String line, int offset, List<Tagged> out) {
      if (tokens.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      int prevEnd = -1;
      for (CoreLabel t : tokens) {
        if (prevEnd >= 0 && t.beginPosition() > prevEnd) {
          sb.append(' ');
        }
        sb.append(line, t.beginPosition(), t.endPosition());
        prevEnd = t.endPosition();
      }
      int begin = tokens.get(0).beginPosition();
      int end = tokens.get(tokens.size() - 1).endPosition();
      out.add(new Tagged(sb.toString(), type, offset + begin, offset + end));
    }
  }

  private static EntityType type(String answer) {
    if (answer == null) {
      return null;
    }
    return switch (answer) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANIZATION;
      case "LOCATION" -> EntityType.PLACE;
      default -> null;
    };
  }

  private static boolean breaksName(String word, String line, CoreLabel token) {
    if (word.length() != 1) {
      return false;
    }
    char c = word.charAt(0);
    if (c == '-' || c == '–' || c == '—') {
      int b = token.beginPosition();
      int e = token.endPosition();
      boolean spaced =
          (b > 0 && Character.isWhitespace(line.charAt(b - 1)))
              || (e < line.length() && Character.isWhitespace(line.charAt(e)));
      return spaced || c != '-';
    }
    return ",;:/()\"“”‘’|".indexOf(c) >= 0;
  }
}
