package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-article pass alone, on mentions made by hand: no model. */
class DocumentConsistencyTest {

  private static final Set<String> COMMON = Set.of("trump", "deal", "us", "may", "he", "his");
  private final Gazetteer gazetteer = Gazetteer.defaults();
  private final CreditCues cues = new CreditCues(gazetteer);
  private final DocumentConsistency pass = new DocumentConsistency(gazetteer, COMMON::contains);

  /** A draft and the mentions "the recogniser" gave it. */
  private final class Article {
    String title = "";
    final List<String> paragraphs = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    final List<RawMention> tags = new ArrayList<>();

    Article title(String t) {
      title = t;
      return this;
    }

    Article paragraph(String p) {
      paragraphs.add(p);
      return this;
    }

    Article caption(String c) {
      captions.add(c);
      return this;
    }

    DocumentText text() {
      return DocumentText.of(
          new ArticleDraft("test", title, paragraphs, captions, SourceMetadata.none()), cues);
    }

    /** Tags the first occurrence of the surface in the part. */
    Article tag(TextPart part, int index, String surface, EntityType type) {
      String s =
          switch (part) {
            case TITLE -> title;
            case PARAGRAPH -> paragraphs.get(index);
            case CAPTION -> captions.get(index);
            case NOTICE -> throw new IllegalArgumentException("no notices in these tests");
          };
      int begin = s.indexOf(surface);
      assertThat(begin).as("'%s' in '%s'", surface, s).isNotNegative();
      int end = begin + surface.length();
      boolean credit = text().lineOf(part, index, begin).isCredit(begin, end);
      tags.add(new RawMention(surface, type, part, index, begin, end, credit, true));
      return this;
    }

    List<DocEntity> entities() {
      return pass.apply(text(), tags);
    }
  }

  private static List<DocEntity> ofType(List<DocEntity> es, EntityType t) {
    return es.stream().filter(e -> e.type() == t).toList();
  }

  private static DocEntity named(List<DocEntity> es, String name) {
    return es.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aNameTaggedAPersonOnceIsAPersonThroughout() {
    List<DocEntity> es =
        new Article()
            .paragraph("Macron met the press in Paris.")
            .paragraph("Later Macron flew home.")
            .tag(TextPart.PARAGRAPH, 0, "Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Paris", EntityType.PLACE)
            .tag(TextPart.PARAGRAPH, 1, "Macron", EntityType.PLACE)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Macron");
              assertThat(p.mentions()).isEqualTo(2);
            });
    assertThat(ofType(es, EntityType.PLACE)).extracting(DocEntity::name).containsExactly("Paris");
  }

  @Test
  void aKnownPlaceTaggedAPersonOnceStaysAPlaceAndItsOtherMentionsCount() {
    List<DocEntity> es =
        new Article()
            .paragraph("Donald Trump urged Kyiv to sign.")
            .paragraph("Talks in Kyiv resumed.")
            .paragraph("Kyiv said no.")
            .tag(TextPart.PARAGRAPH, 0, "Donald Trump", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Kyiv", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactly("Donald Trump");
    assertThat(ofType(es, EntityType.PLACE))
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.name()).isEqualTo("Kyiv");
              assertThat(k.mentions()).isEqualTo(3);
            });
  }

  @Test
  void surnameTitledAndCapitalFormsJoinTheFullName() {
    List<DocEntity> es =
        new Article()
            .paragraph("French President Emmanuel Macron arrived on Monday.")
            .paragraph("Mr Macron said the talks went well.")
            .paragraph("The visit was, President Macron said, a turning point.")
            .paragraph("Critics of MACRON were quiet.")
            .tag(TextPart.PARAGRAPH, 0, "Emmanuel Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Mr Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 2, "President Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 3, "MACRON", EntityType.PERSON)
            .entities();

    DocEntity macron = ofType(es, EntityType.PERSON).get(0);
    assertThat(ofType(es, EntityType.PERSON)).hasSize(1);
    assertThat(macron.name()).isEqualTo("Emmanuel Macron");
    assertThat(macron.mentions()).isEqualTo(4);
    assertThat(macron.variants()).isEqualTo(Map.of("Emmanuel Macron", 1, "Macron", 3));
  }

  @Test
  void aWordInCapitalsTakesTheCaseTheArticleUsesElsewhere() {
    List<DocEntity> es =
        new Article()
            .paragraph("FRENCH PRESIDENT EMMANUEL Macron has backed the plan.")
            .paragraph("Emmanuel Macron said so at a news conference.")
            .tag(TextPart.PARAGRAPH, 0, "EMMANUEL Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Emmanuel Macron", EntityType.PERSON)
            .entities();

    assertThat(es)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("Emmanuel Macron");
              assertThat(e.variants()).containsOnlyKeys("Emmanuel Macron");
              assertThat(e.mentions()).isEqualTo(2);
            });
  }

  @Test
  void pronounsAreNeverPeople() {
    List<DocEntity> es =
        new Article()
            .paragraph("He said his plan would work.")
            .tag(TextPart.PARAGRAPH, 0, "He", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "his", EntityType.PERSON)
            .entities();

    assertThat(es).isEmpty();
  }

  @Test
  void agenciesAreOrganisationsAndNamesInACreditAreCredits() {
    List<DocEntity> es =
        new Article()
            .caption("The leaders in Washington. Photograph: Jane Roe/AFP via Getty Images")
            .tag(TextPart.CAPTION, 0, "Washington", EntityType.PLACE)
            .tag(TextPart.CAPTION, 0, "Jane Roe", EntityType.PERSON)
            .tag(TextPart.CAPTION, 0, "Getty Images", EntityType.PLACE)
            .entities();

    assertThat(named(es, "Jane Roe").role()).isEqualTo(EntityRole.CREDIT);
    assertThat(named(es, "Jane Roe").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "AFP").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "AFP").role()).isEqualTo(EntityRole.CREDIT);
    assertThat(named(es, "Getty Images").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "Washington").role()).isEqualTo(EntityRole.SUBJECT);
  }

  @Test
  void anAmbiguousAgencyNameCountsOnlyInACredit() {
    List<DocEntity> es =
        new Article()
            .paragraph("The AP exam results are out.")
            .caption("Students celebrate their results. AP")
            .entities();

    assertThat(es)
        .singleElement()
        .satisfies(
            ap -> {
              assertThat(ap.name()).isEqualTo("AP");
              assertThat(ap.type()).isEqualTo(EntityType.ORGANIZATION);
              assertThat(ap.mentions()).isEqualTo(1);
              assertThat(ap.role()).isEqualTo(EntityRole.CREDIT);
            });
  }

  @Test
  void aPersonNamedInTheTextAndInACreditIsASubject() {
    List<DocEntity> es =
        new Article()
            .paragraph("Jane Roe won the prize.")
            .caption("Winners on stage. Photograph: Jane Roe/Reuters")
            .tag(TextPart.PARAGRAPH, 0, "Jane Roe", EntityType.PERSON)
            .tag(TextPart.CAPTION, 0, "Jane Roe", EntityType.PERSON)
            .entities();

    DocEntity jane = named(es, "Jane Roe");
    assertThat(jane.role()).isEqualTo(EntityRole.SUBJECT);
    assertThat(jane.mentions()).isEqualTo(2);
  }

  @Test
  void aHyphenatedPairOfPeopleIsSplitIntoTheTwo() {
    List<DocEntity> es =
        new Article()
            .paragraph("Emmanuel Macron met Donald Trump.")
            .paragraph("The Macron-Trump meeting was short.")
            .tag(TextPart.PARAGRAPH, 0, "Emmanuel Macron", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Donald Trump", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Macron-Trump", EntityType.ORGANIZATION)
            .entities();

    assertThat(ofType(es, EntityType.ORGANIZATION)).isEmpty();
    assertThat(named(es, "Emmanuel Macron").mentions()).isEqualTo(2);
    assertThat(named(es, "Donald Trump").mentions()).isEqualTo(2);
  }

  @Test
  void aTrailingCommonWordInATitleCaseHeadingIsTrimmedOffAKnownPerson() {
    List<DocEntity> es =
        new Article()
            .title("Concerns Over a Trump-Putin Deal")
            .paragraph("Vladimir Putin met envoys.")
            .tag(TextPart.TITLE, 0, "Putin Deal", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Vladimir Putin", EntityType.PERSON)
            .entities();

    assertThat(es)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Vladimir Putin");
              assertThat(p.variants()).isEqualTo(Map.of("Vladimir Putin", 1, "Putin", 1));
            });
  }

  @Test
  void aSurnameThatIsACommonWordCountsOnlyCapitalisedMidSentenceOutsideHeadings() {
    List<DocEntity> es =
        new Article()
            .title("Macron Fails to Secure Trump Commitment")
            .paragraph("Donald Trump spoke first.")
            .paragraph("Aides said Trump was pleased.")
            .paragraph("Trump left early.")
            .paragraph("It was a trump card.")
            .tag(TextPart.PARAGRAPH, 0, "Donald Trump", EntityType.PERSON)
            .entities();

    // The tagged mention and "Aides said Trump": not the heading, the sentence start or "trump".
    assertThat(named(es, "Donald Trump").mentions()).isEqualTo(2);
  }

  @Test
  void oneWordAfterATitleMayBeAFamilyNameWrittenFirst() {
    List<DocEntity> es =
        new Article()
            .paragraph("Chinese leader Xi Jinping arrived.")
            .paragraph("Mr Xi said little.")
            .tag(TextPart.PARAGRAPH, 0, "Xi Jinping", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Mr Xi", EntityType.PERSON)
            .entities();

    assertThat(es)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Xi Jinping");
              assertThat(p.mentions()).isEqualTo(2);
            });
  }

  @Test
  void aSurnameSharedByTwoPeopleGoesToTheMoreNamedOne() {
    List<DocEntity> es =
        new Article()
            .paragraph("Donald Trump and Melania Trump arrived.")
            .paragraph("Donald Trump spoke.")
            .paragraph("Later Trump left.")
            .tag(TextPart.PARAGRAPH, 0, "Donald Trump", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Melania Trump", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Donald Trump", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 2, "Trump", EntityType.PERSON)
            .entities();

    assertThat(named(es, "Donald Trump").mentions()).isEqualTo(3);
    assertThat(named(es, "Melania Trump").mentions()).isEqualTo(1);
  }

  @Test
  void aNameTheArticleGivesAsAlsoKnownAsJoinsThePersonBeforeIt() {
    List<DocEntity> es =
        new Article()
            .paragraph("The founder, Tam Ka Wing (also known as Tan Jiarong), was detained.")
            .paragraph("Tam Ka Wing built the firm in the 1990s.")
            .tag(TextPart.PARAGRAPH, 0, "Tam Ka Wing", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Tan Jiarong", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Tam Ka Wing");
              assertThat(p.variants()).containsKeys("Tam Ka Wing", "Tan Jiarong");
            });
  }

  @Test
  void anAliasOpeningASentenceJoinsThePersonOfTheSameSurname() {
    List<DocEntity> es =
        new Article()
            .paragraph("General Abdoulaye Sangare took power on Friday, ousting Issa Kone.")
            .paragraph("Also known as Omar Sangare, he led the guard for a decade.")
            .tag(TextPart.PARAGRAPH, 0, "Abdoulaye Sangare", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Issa Kone", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Omar Sangare", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactlyInAnyOrder("Abdoulaye Sangare", "Issa Kone");
    assertThat(named(es, "Abdoulaye Sangare").variants()).containsKey("Omar Sangare");
  }

  @Test
  void aPersonWhoCallsAnotherSomethingIsNotTheirAlias() {
    List<DocEntity> es =
        new Article()
            .paragraph("Anna Berg called Piotr Nowak a liar, and a man known as Jan Kos agreed.")
            .tag(TextPart.PARAGRAPH, 0, "Anna Berg", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Piotr Nowak", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Jan Kos", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactlyInAnyOrder("Anna Berg", "Piotr Nowak", "Jan Kos");
  }

  @Test
  void theMoonAndAVesselAfterTheAreNoPeople() {
    List<DocEntity> es =
        new Article()
            .paragraph("The probe is due to land on the Moon, said Ravi Menon.")
            .paragraph("Moon dust is sharp.")
            .tag(TextPart.PARAGRAPH, 0, "Moon", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Ravi Menon", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Moon", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactly("Ravi Menon");
  }

  @Test
  void aHeadingWordTheTextWritesInLowercaseIsNoName() {
    List<DocEntity> es =
        new Article()
            .title("President Halvorsen Impeached")
            .paragraph("Lawmakers impeached President Ola Halvorsen on Saturday.")
            .paragraph("The Company's Fall from Grace")
            .paragraph("It was a fall from grace for the firm.")
            .tag(TextPart.TITLE, 0, "Halvorsen Impeached", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Ola Halvorsen", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Grace", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Ola Halvorsen");
              assertThat(p.variants()).containsOnlyKeys("Ola Halvorsen", "Halvorsen");
            });
  }

  @Test
  void partsOfANameLinkedByAHyphenatedParticleAreOneName() {
    List<DocEntity> es =
        new Article()
            .paragraph("Army chief General Waker-uz-Saman spoke on television.")
            .tag(TextPart.PARAGRAPH, 0, "Waker", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Saman", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactly("Waker-uz-Saman");
  }

  @Test
  void aNationalNewsAgencyInADatelineIsNoPerson() {
    List<DocEntity> es =
        new Article()
            .paragraph("Amman, May 20 (Petra) -- Rescuers reached the site, Ali Haddad said.")
            .tag(TextPart.PARAGRAPH, 0, "Petra", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Ali Haddad", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactly("Ali Haddad");
  }

  @Test
  void aVesselWithItsPrefixAndAnIslandByItsShortNameAreNoPeople() {
    List<DocEntity> es =
        new Article()
            .paragraph("The MV Sea Wren ran aground off Skarv Island on Sunday.")
            .paragraph("The Sea Wren was carrying 40 people to Skarv, Nils Aas said.")
            .tag(TextPart.PARAGRAPH, 0, "MV Sea Wren", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 0, "Skarv Island", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Sea Wren", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Skarv", EntityType.PERSON)
            .tag(TextPart.PARAGRAPH, 1, "Nils Aas", EntityType.PERSON)
            .entities();

    assertThat(ofType(es, EntityType.PERSON))
        .extracting(DocEntity::name)
        .containsExactly("Nils Aas");
    assertThat(ofType(es, EntityType.PLACE))
        .extracting(DocEntity::name)
        .containsExactlyInAnyOrder("Skarv Island", "Skarv");
  }
}
