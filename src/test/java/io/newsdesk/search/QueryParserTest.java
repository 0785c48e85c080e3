package io.newsdesk.search;

import static io.newsdesk.search.QueryLexer.BRACKETS;
import static io.newsdesk.search.QueryLexer.LONE_MINUS;
import static io.newsdesk.search.QueryParser.DANGLING_AND;
import static io.newsdesk.search.QueryParser.DANGLING_OR;
import static io.newsdesk.search.QueryParser.EMPTY_QUOTES;
import static io.newsdesk.search.QueryParser.LONE_STAR;
import static io.newsdesk.search.QueryParser.OR_WITH_EXCLUSION;
import static io.newsdesk.search.QueryParser.PUNCTUATION;
import static io.newsdesk.search.QueryParser.STRAY_QUOTE;
import static io.newsdesk.search.QueryParser.TRUNCATED;
import static io.newsdesk.search.QueryParser.UNBALANCED_QUOTE;
import static io.newsdesk.search.QueryParser.UNREADABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.search.UserQuery.AnyOf;
import io.newsdesk.search.UserQuery.Phrase;
import io.newsdesk.search.UserQuery.Prefix;
import io.newsdesk.search.UserQuery.Term;
import io.newsdesk.search.UserQuery.Word;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParserTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n\r ", "\u00A0\u3000"})
  void blankInputMatchesEverythingWithoutNotices(String input) {
    UserQuery query = QueryParser.parse(input);

    assertThat(query.isEmpty()).isTrue();
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void plainWordsAreAllRequiredInTheOrderTyped() {
    UserQuery query = QueryParser.parse("ukraine grain  deal");

    assertThat(query.required())
        .containsExactly(new Word("ukraine"), new Word("grain"), new Word("deal"));
    assertThat(query.excluded()).isEmpty();
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void quotedTextIsOnePhrase() {
    assertThat(QueryParser.parse("\"black sea\" grain").required())
        .containsExactly(new Phrase("black sea"), new Word("grain"));
  }

  @Test
  void spacesInsideAPhraseAreTidied() {
    assertThat(QueryParser.parse("\"  black   sea \"").required())
        .containsExactly(new Phrase("black sea"));
  }

  @Test
  void curlyQuotesFromPhoneKeyboardsAlsoMakePhrases() {
    assertThat(QueryParser.parse("“black sea” „grain deal“").required())
        .containsExactly(new Phrase("black sea"), new Phrase("grain deal"));
  }

  @Test
  void closingQuoteEndsThePhraseEvenWithoutASpaceAfterIt() {
    assertThat(QueryParser.parse("\"black sea\"grain").required())
        .containsExactly(new Phrase("black sea"), new Word("grain"));
  }

  @Test
  void quoteInsideAWordStaysPartOfTheWord() {
    UserQuery query = QueryParser.parse("5'10\" tall");

    assertThat(query.required()).containsExactly(new Word("5'10\""), new Word("tall"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void minusBeforeAWordLeavesItOut() {
    UserQuery query = QueryParser.parse("ukraine -russia");

    assertThat(query.required()).containsExactly(new Word("ukraine"));
    assertThat(query.excluded()).containsExactly(new Word("russia"));
  }

  @Test
  void minusBeforeAQuoteLeavesOutThePhrase() {
    UserQuery query = QueryParser.parse("grain -\"black sea\"");

    assertThat(query.required()).containsExactly(new Word("grain"));
    assertThat(query.excluded()).containsExactly(new Phrase("black sea"));
  }

  @Test
  void minusBeforeAPrefixLeavesOutEveryWordStartingWithIt() {
    assertThat(QueryParser.parse("war -russ*").excluded()).containsExactly(new Prefix("russ"));
  }

  @Test
  void hyphenInsideAWordIsLiteral() {
    assertThat(QueryParser.parse("covid-19 e-mail").required())
        .containsExactly(new Word("covid-19"), new Word("e-mail"));
  }

  @Test
  void uppercaseOrJoinsNeighbouringTermsIntoOneGroup() {
    UserQuery query = QueryParser.parse("kyiv OR kiev shelling");

    assertThat(query.required())
        .containsExactly(
            new AnyOf(List.of(new Word("kyiv"), new Word("kiev"))), new Word("shelling"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void orBindsTighterThanTheImpliedAnd() {
    assertThat(QueryParser.parse("shelling kyiv OR kiev").required())
        .containsExactly(
            new Word("shelling"), new AnyOf(List.of(new Word("kyiv"), new Word("kiev"))));
  }

  @Test
  void chainedOrsMakeOneGroupOfAnyKindOfTerm() {
    assertThat(QueryParser.parse("kyiv OR \"black sea\" OR odes*").required())
        .containsExactly(
            new AnyOf(List.of(new Word("kyiv"), new Phrase("black sea"), new Prefix("odes"))));
  }

  @Test
  void lowercaseOrIsAnOrdinaryWord() {
    UserQuery query = QueryParser.parse("black or white Or");

    assertThat(query.required())
        .containsExactly(new Word("black"), new Word("or"), new Word("white"), new Word("Or"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void quotedOrExcludedOrIsAWordNotAnOperator() {
    UserQuery query = QueryParser.parse("\"OR\" -OR");

    assertThat(query.required()).containsExactly(new Phrase("OR"));
    assertThat(query.excluded()).containsExactly(new Word("OR"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void andBetweenTermsIsTheDefaultAndIsDroppedSilently() {
    UserQuery query = QueryParser.parse("putin AND zelensky");

    assertThat(query.required()).containsExactly(new Word("putin"), new Word("zelensky"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void orAloneIsIgnoredSoEverythingMatches() {
    UserQuery query = QueryParser.parse("OR");

    assertThat(query.isEmpty()).isTrue();
    assertThat(query.notices()).containsExactly(DANGLING_OR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"OR putin", "putin OR", "OR putin OR"})
  void leadingOrTrailingOrIsIgnored(String input) {
    UserQuery query = QueryParser.parse(input);

    assertThat(query.required()).containsExactly(new Word("putin"));
    assertThat(query.notices()).containsExactly(DANGLING_OR);
  }

  @Test
  void doubledOrJoinsOnceAndTheExtraOneIsIgnored() {
    UserQuery query = QueryParser.parse("kyiv OR OR kiev");

    assertThat(query.required())
        .containsExactly(new AnyOf(List.of(new Word("kyiv"), new Word("kiev"))));
    assertThat(query.notices()).containsExactly(DANGLING_OR);
  }

  @Test
  void andAloneIsIgnoredSoEverythingMatches() {
    UserQuery query = QueryParser.parse("AND");

    assertThat(query.isEmpty()).isTrue();
    assertThat(query.notices()).containsExactly(DANGLING_AND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AND putin", "putin AND"})
  void leadingOrTrailingAndIsIgnored(String input) {
    UserQuery query = QueryParser.parse(input);

    assertThat(query.required()).containsExactly(new Word("putin"));
    assertThat(query.notices()).containsExactly(DANGLING_AND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kyiv OR -moscow", "-moscow OR kyiv"})
  void orCannotJoinAnExcludedTermSoBothStandAlone(String input) {
    UserQuery query = QueryParser.parse(input);

    assertThat(query.required()).containsExactly(new Word("kyiv"));
    assertThat(query.excluded()).containsExactly(new Word("moscow"));
    assertThat(query.notices()).containsExactly(OR_WITH_EXCLUSION);
  }

  @Test
  void trailingStarSearchesByPrefix() {
    assertThat(QueryParser.parse("macro* econom***").required())
        .containsExactly(new Prefix("macro"), new Prefix("econom"));
  }

  @Test
  void starAnywhereButTheEndIsLiteral() {
    UserQuery query = QueryParser.parse("*macro ma*ro");

    assertThat(query.required()).containsExactly(new Word("*macro"), new Word("ma*ro"));
    assertThat(query.notices()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "***", "-*"})
  void loneStarIsIgnoredSoEverythingMatches(String input) {
    UserQuery query = QueryParser.parse(input);

    assertThat(query.isEmpty()).isTrue();
    assertThat(query.notices()).containsExactly(LONE_STAR);
  }

  @Test
  void loneStarBetweenWordsIsIgnored() {
    UserQuery query = QueryParser.parse("putin * zelensky");

    assertThat(query.required()).containsExactly(new Word("putin"), new Word("zelensky"));
    assertThat(query.notices()).containsExactly(LONE_STAR);
  }

  @Test
  void loneMinusIsIgnoredSoEverythingMatches() {
    UserQuery query = QueryParser.parse("-");

    assertThat(query.isEmpty()).isTrue();
    assertThat(query.notices()).containsExactly(LONE_MINUS);
  }

  @Test
  void minusFollowedByASpaceExcludesNothing() {
    UserQuery query = QueryParser.parse("putin - zelensky");

    assertThat(query.required()).containsExactly(new Word("putin"), new Word("zelensky"));
    assertThat(query.excluded()).isEmpty();
    assertThat(query.notices()).containsExactly(LONE_MINUS);
  }

  @Test
  void unbalancedQuoteIsReadAsAPhraseToTheEnd() {
    UserQuery query = QueryParser.parse("grain \"black sea deal");

    assertThat(query.required()).containsExactly(new Word("grain"), new Phrase("black sea deal"));
    assertThat(query.notices()).containsExactly(UNBALANCED_QUOTE);
  }

  @Test
  void unbalancedQuoteAfterAMinusLeavesOutTheRestAsAPhrase() {
    UserQuery query = QueryParser.parse("grain -\"black sea");

    assertThat(query.required()).containsExactly(new Word("grain"));
    assertThat(query.excluded()).containsExactly(new Phrase("black sea"));
    assertThat(query.notices()).containsExactly(UNBALANCED_QUOTE);
  }

  @Test
  void thirdQuoteOpensAPhraseThatRunsToTheEnd() {
    UserQuery query = QueryParser.parse("\"black sea\" \"grain");

    assertThat(query.required()).containsExactly(new Phrase("black sea"), new Phrase("grain"));
    assertThat(query.notices()).containsExactly(UNBALANCED_QUOTE);
  }

  @Test
  void strayQuoteWithNothingAfterItIsIgnored() {
    UserQuery query = QueryParser.parse("grain \"");

    assertThat(query.required()).containsExactly(new Word("grain"));
    assertThat(query.notices()).containsExactly(STRAY_QUOTE);
    assertThat(STRAY_QUOTE).isEqualTo("Unbalanced quote ignored");
  }

  @Test
  void emptyQuotesAreIgnored() {
    UserQuery query = QueryParser.parse("grain \"\" \" \" \"()\"");

    assertThat(query.required()).containsExactly(new Word("grain"));
    assertThat(query.notices()).containsExactly(EMPTY_QUOTES);
  }

  @Test
  void bracketsOnlySeparateTerms() {
    UserQuery query = QueryParser.parse("(kyiv OR kiev) [shelling]");

    assertThat(query.required())
        .containsExactly(
            new AnyOf(List.of(new Word("kyiv"), new Word("kiev"))), new Word("shelling"));
    assertThat(query.notices()).containsExactly(BRACKETS);
  }

  @Test
  void bracketsInsideQuotesAreLiteral() {
    UserQuery query = QueryParser.parse("\"sea (black)\"");

    assertThat(query.required()).containsExactly(new Phrase("sea (black)"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void minusBeforeABracketIsALoneMinus() {
    UserQuery query = QueryParser.parse("-(russia)");

    assertThat(query.required()).containsExactly(new Word("russia"));
    assertThat(query.excluded()).isEmpty();
    assertThat(query.notices()).containsExactly(LONE_MINUS, BRACKETS);
  }

  @Test
  void punctuationOnItsOwnIsIgnored() {
    UserQuery query = QueryParser.parse("putin : \\ && || ... -- zelensky");

    assertThat(query.required()).containsExactly(new Word("putin"), new Word("zelensky"));
    assertThat(query.excluded()).isEmpty();
    assertThat(query.notices()).containsExactly(PUNCTUATION);
  }

  @Test
  void colonsAndBackslashesInsideWordsAreLiteral() {
    UserQuery query = QueryParser.parse("title:putin C:\\news\\");

    assertThat(query.required()).containsExactly(new Word("title:putin"), new Word("C:\\news\\"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void controlCharactersAreStripped() {
    UserQuery query = QueryParser.parse("pu\u0000tin\u0007 zel\u001Bensky\u007F");

    assertThat(query.required()).containsExactly(new Word("putin"), new Word("zelensky"));
    assertThat(query.notices()).containsExactly(UNREADABLE);
  }

  @Test
  void tabsAndLineBreaksSeparateWordsQuietly() {
    UserQuery query = QueryParser.parse("putin\tzelensky\r\nkyiv");

    assertThat(query.required())
        .containsExactly(new Word("putin"), new Word("zelensky"), new Word("kyiv"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void loneSurrogateHalvesAreStripped() {
    UserQuery query = QueryParser.parse("ky\uD800iv \uDC00");

    assertThat(query.required()).containsExactly(new Word("kyiv"));
    assertThat(query.notices()).containsExactly(UNREADABLE);
  }

  @Test
  void nonLatinScriptsAndEmojiAreSearchedAsTyped() {
    UserQuery query = QueryParser.parse("Зеленський 中国 नमस्ते café 🇺🇦 👨‍👩‍👧");

    assertThat(query.required())
        .containsExactly(
            new Word("Зеленський"),
            new Word("中国"),
            new Word("नमस्ते"),
            new Word("café"),
            new Word("🇺🇦"),
            new Word("👨‍👩‍👧"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void tenThousandCharactersAreCutToTheFirst64Terms() {
    String input = String.join(" ", words(2000));
    assertThat(input.length()).isGreaterThan(10_000);

    UserQuery query = QueryParser.parse(input);

    assertThat(query.required()).isEqualTo(words(64).stream().map(Word::new).toList());
    assertThat(query.notices()).containsExactly(TRUNCATED);
    assertThat(TRUNCATED).isEqualTo("Query shortened to the first 64 terms");
  }

  @Test
  void exactly64TermsAreNotShortenedEvenWithPunctuationAfterThem() {
    UserQuery query = QueryParser.parse(String.join(" ", words(64)) + " : ;");

    assertThat(query.required()).hasSize(64);
    assertThat(query.notices()).containsExactly(PUNCTUATION);
  }

  @Test
  void excludedTermsCountTowardsTheCap() {
    UserQuery query =
        QueryParser.parse("-" + String.join(" -", words(64)) + " one-too-many -and-another");

    assertThat(query.excluded()).hasSize(64);
    assertThat(query.required()).isEmpty();
    assertThat(query.notices()).containsExactly(TRUNCATED);
  }

  @Test
  void wordsInsideAPhraseCountTowardsTheCapAndThePhraseIsCut() {
    UserQuery query = QueryParser.parse(String.join(" ", words(60)) + " \"a b c d e f\"");

    assertThat(query.required()).hasSize(61).endsWith(new Phrase("a b c d"));
    assertThat(query.notices()).containsExactly(TRUNCATED);
  }

  @Test
  void hugeHyphenatedWordIsCutAfterItsSixtyFourthPiece() {
    UserQuery query = QueryParser.parse("a-".repeat(6000));

    assertThat(query.required())
        .containsExactly(new Word(String.join("-", Collections.nCopies(64, "a"))));
    assertThat(query.notices()).containsExactly(TRUNCATED);
  }

  @Test
  void eachIdeographCountsAsATerm() {
    UserQuery query = QueryParser.parse("中".repeat(100));

    assertThat(query.required()).containsExactly(new Word("中".repeat(64)));
    assertThat(query.notices()).containsExactly(TRUNCATED);
  }

  @Test
  void combiningMarksBelongToTheTermTheyFollow() {
    UserQuery query = QueryParser.parse(String.join(" ", words(63)) + " नमस्ते");

    assertThat(query.required()).hasSize(64).endsWith(new Word("नमस्ते"));
    assertThat(query.notices()).isEmpty();
  }

  @Test
  void orLeftHangingByTheCapIsNotReported() {
    UserQuery query = QueryParser.parse(String.join(" ", words(64)) + " OR kiev");

    assertThat(query.required()).hasSize(64).allMatch(Term.class::isInstance);
    assertThat(query.notices()).containsExactly(TRUNCATED);
  }

  @Test
  void hugeRunsOfPunctuationAreIgnoredInOneNotice() {
    assertThat(QueryParser.parse(")".repeat(1_000_000)).notices()).containsExactly(BRACKETS);
    assertThat(QueryParser.parse("- ".repeat(100_000)).notices()).containsExactly(LONE_MINUS);
    assertThat(QueryParser.parse("\"".repeat(100_001)).notices())
        .containsExactly(EMPTY_QUOTES, STRAY_QUOTE);
  }

  @Test
  void eachNoticeIsGivenOnceInTheOrderItArose() {
    UserQuery query = QueryParser.parse("( ( putin : ; OR");

    assertThat(query.required()).containsExactly(new Word("putin"));
    assertThat(query.notices()).containsExactly(BRACKETS, PUNCTUATION, DANGLING_OR);
  }

  private static List<String> words(int count) {
    return IntStream.range(0, count).mapToObj(i -> "word" + i).toList();
  }
}
