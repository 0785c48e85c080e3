package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.EntityType;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The CRF model itself, on plain sentences. */
class EntityRecognizerTest {

  private final EntityRecognizer recognizer = Models.recognizer();

  private static ArticleDraft draft(String title, List<String> paragraphs, List<String> captions) {
    return new ArticleDraft("test", title, paragraphs, captions, SourceMetadata.none());
  }

  private static RawMention find(List<RawMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void tagsPeopleOrganisationsAndPlacesWithTheirOffsets() {
    String line = "Angela Merkel met officials of the European Commission in Berlin on Tuesday.";
    List<EntityRecognizer.Tagged> tags = recognizer.tagLine(line, 0);

    assertThat(tags)
        .extracting(EntityRecognizer.Tagged::text, EntityRecognizer.Tagged::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Angela Merkel", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("European Commission", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("Berlin", EntityType.PLACE));
    for (EntityRecognizer.Tagged t : tags) {
      assertThat(line.substring(t.begin(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void pronounsAreNotTagged() {
    assertThat(recognizer.tagLine("He said his party would win, and she agreed with him.", 0))
        .isEmpty();
  }

  @Test
  void editorialBracketsAreDroppedFromTheName() {
    String line = "The position was expressed by Russian foreign minister [Sergei] Lavrov.";
    EntityRecognizer.Tagged lavrov =
        recognizer.tagLine(line, 0).stream()
            .filter(t -> t.type() == EntityType.PERSON)
            .findFirst()
            .orElseThrow();

    assertThat(lavrov.text()).isEqualTo("Sergei Lavrov");
    assertThat(line.substring(lavrov.begin(), lavrov.end())).isEqualTo("Sergei] Lavrov");
  }

  @Test
  void eachPartIsTaggedApartWithOffsetsInItsOwnString() {
    String title = "Merkel visits Paris";
    String paragraph = "German Chancellor Angela Merkel arrived in Paris on Monday.";
    String caption = "Angela Merkel in Paris. Photograph: John Smith/Reuters";
    List<RawMention> ms =
        recognizer.recognize(draft(title, List.of("Intro line.", paragraph), List.of(caption)));

    RawMention inParagraph =
        ms.stream()
            .filter(m -> m.part() == TextPart.PARAGRAPH && m.type() == EntityType.PERSON)
            .findFirst()
            .orElseThrow();
    assertThat(inParagraph.partIndex()).isEqualTo(1);
    assertThat(paragraph.substring(inParagraph.begin(), inParagraph.end()))
        .isEqualTo("Angela Merkel");
    assertThat(inParagraph.credit()).isFalse();

    RawMention photographer = find(ms, "John Smith");
    assertThat(photographer.part()).isEqualTo(TextPart.CAPTION);
    assertThat(caption.substring(photographer.begin(), photographer.end())).isEqualTo("John Smith");
    assertThat(photographer.credit()).isTrue();

    RawMention merkelInCaption =
        ms.stream()
            .filter(m -> m.part() == TextPart.CAPTION && m.text().equals("Angela Merkel"))
            .findFirst()
            .orElseThrow();
    assertThat(merkelInCaption.credit()).isFalse();
  }

  @Test
  void linesOfOnePartAreTaggedApart() {
    String paragraph = "Photo: Jane Roe\nGerman Chancellor Angela Merkel arrived.";
    List<RawMention> ms = recognizer.recognize(draft("", List.of(paragraph), List.of()));

    RawMention merkel = find(ms, "Angela Merkel");
    assertThat(paragraph.substring(merkel.begin(), merkel.end())).isEqualTo("Angela Merkel");
    assertThat(merkel.credit()).isFalse();
    assertThat(find(ms, "Jane Roe").credit()).isTrue();
  }

  @Test
  void knowsCommonWordsFromNames() {
    assertThat(recognizer.isCommonWord("deal")).isTrue();
    assertThat(recognizer.isCommonWord("zelensky")).isFalse();
  }

  @Test
  void taggingFromManyThreadsGivesWhatTaggingInTurnGives() throws Exception {
    List<String> lines = new ArrayList<>();
    String[] people = {"Angela Merkel", "Emmanuel Macron", "Keir Starmer", "Olaf Scholz"};
    String[] places = {"Berlin", "Paris", "London", "Warsaw", "Madrid"};
    for (int i = 0; i < 40; i++) {
      lines.add(
          people[i % people.length]
              + " told reporters in "
              + places[i % places.length]
              + " that the United Nations and NATO would meet again on day "
              + i
              + ".");
    }
    List<List<EntityRecognizer.Tagged>> serial = new ArrayList<>();
    for (String l : lines) {
      serial.add(recognizer.tagLine(l, 0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<EntityRecognizer.Tagged>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<List<EntityRecognizer.Tagged>> out = new ArrayList<>();
                  for (int rep = 0; rep < 5; rep++) {
                    out.clear();
                    for (String l : lines) {
                      out.add(recognizer.tagLine(l, 0));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<List<EntityRecognizer.Tagged>>> run : runs) {
        assertThat(run.get()).isEqualTo(serial);
      }
    } finally {
      pool.shutdown();
    }
  }
}
