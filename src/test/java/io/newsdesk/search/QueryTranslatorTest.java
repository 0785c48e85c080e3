package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.search.UserQuery.AnyOf;
import io.newsdesk.search.UserQuery.Term;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QueryTranslatorTest {

  private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  // Query syntax, stray or literal; words in several scripts and emoji; then, one char each,
  // spaces, control and invisible characters, and lone surrogate halves.
  private static final List<String> NASTY =
      Stream.concat(
              Stream.of(
                      "\" “ ” „ - * ( ) [ ] { } \\ : ^ ~ ! + && || / ? ' OR AND or NOT",
                      "putin kyiv macro a 7 é e\u0301 Зеленський 中国 ひらがな مرحبا नमस्ते ไทย 😀 👨‍👩‍👧 🇺🇦")
                  .flatMap(words -> Arrays.stream(words.split(" "))),
              (" \t\n\u0000\u0007\u001B\u007F\u0085\u200B\u200D\u202E\uFEFF\u00A0\u3000"
                      + "\uD800\uDC00\uDBFF")
                  .chars()
                  .mapToObj(c -> String.valueOf((char) c)))
          .toList();

  private static final Set<String> KNOWN_NOTICES =
      Set.of(
          QueryLexer.LONE_MINUS,
          QueryLexer.BRACKETS,
          QueryParser.UNREADABLE,
          QueryParser.UNBALANCED_QUOTE,
          QueryParser.STRAY_QUOTE,
          QueryParser.EMPTY_QUOTES,
          QueryParser.LONE_STAR,
          QueryParser.PUNCTUATION,
          QueryParser.DANGLING_OR,
          QueryParser.DANGLING_AND,
          QueryParser.OR_WITH_EXCLUSION,
          QueryParser.TRUNCATED);

  @Test
  void emptyQueryMatchesEveryArticle() {
    assertThat(translated("")).isEqualTo(tree("{\"match_all\": {}}"));
  }

  @Test
  void queryLeftEmptyByForgivenInputMatchesEveryArticle() {
    assertThat(translated("OR * - ( \"")).isEqualTo(tree("{\"match_all\": {}}"));
  }

  @Test
  void anArticleNeedsHalfTheWordsRoundedUp() {
    assertThat(QueryTranslator.needed(1)).isEqualTo(1);
    assertThat(QueryTranslator.needed(2)).isEqualTo(1);
    assertThat(QueryTranslator.needed(3)).isEqualTo(2);
    assertThat(QueryTranslator.needed(6)).isEqualTo(3);
  }

  @Test
  void mostWordsFindAnArticleAndAllWordsOrTheWordsSideBySideScoreAgain() {
    JsonNode graded = translated("EU grain deal").at("/bool/must/0/bool");

    JsonNode words = graded.at("/must/0/bool");
    assertThat(words.get("_name").asText()).isEqualTo("words");
    assertThat(words.get("minimum_should_match").asText()).isEqualTo("2");
    assertThat(words.get("should")).hasSize(3);
    JsonNode allWords = graded.at("/should/0/bool");
    assertThat(allWords.get("_name").asText()).isEqualTo("all_words");
    assertThat(allWords.get("must")).isEqualTo(words.get("should"));
    JsonNode phrase = graded.at("/should/1/multi_match");
    assertThat(phrase.get("_name").asText()).isEqualTo("phrase");
    assertThat(phrase.get("query").asText()).isEqualTo("EU grain deal");
    assertThat(phrase.get("type").asText()).isEqualTo("phrase");
  }

  @Test
  void aQuotedPhraseIsRequiredWhileTheOtherWordsAreGraded() {
    JsonNode graded = translated("\"harbour budget\" council vote").at("/bool/must/0/bool");

    assertThat(graded.at("/must/0/multi_match/query").asText()).isEqualTo("harbour budget");
    assertThat(graded.at("/must/0/multi_match/type").asText()).isEqualTo("phrase");
    JsonNode words = graded.at("/must/1/bool");
    assertThat(words.get("_name").asText()).isEqualTo("words");
    assertThat(words.get("should")).hasSize(2);
    assertThat(words.get("minimum_should_match").asText()).isEqualTo("1");
    assertThat(graded.at("/must/2").isMissingNode()).isTrue();
  }

  @Test
  void wordWeighsTheTitleThreeTimesTheBodyAndEntityNamesTwice() {
    JsonNode fields = translated("EU").at("/bool/must/0/multi_match/fields");

    assertThat(fields).contains(JSON.getNodeFactory().textNode("title^3"));
    assertThat(fields).contains(JSON.getNodeFactory().textNode("body"));
    assertThat(fields).contains(JSON.getNodeFactory().textNode("entity_names^2"));
  }

  @Test
  void aLongWordAlsoMatchesEntityNamesWithinTypingErrors() {
    JsonNode typo = named(translated("Sviridenko fund"), "name_typo");

    assertThat(typo.get("query").asText()).isEqualTo("Sviridenko");
    assertThat(typo.get("fuzziness").asText()).isEqualTo("AUTO");
    assertThat(typo.get("prefix_length").asInt()).isEqualTo(1);
    assertThat(named(translated("Kyiv EU"), "name_typo")).isNull();
  }

  @Test
  void onlyTheLastWordIsCompletedToTheNamesItBegins() {
    JsonNode completion = named(translated("helena vorst"), "completion");

    assertThat(completion.get("query").asText()).isEqualTo("vorst");
    assertThat(completion.get("type").asText()).isEqualTo("phrase_prefix");
    assertThat(completion.get("fields"))
        .containsExactly(JSON.getNodeFactory().textNode("entity_names"));
    assertThat(named(translated("vorst \"helena\""), "completion")).isNull();
  }

  @Test
  void theWordsAsTypedForgiveNothing() {
    String asTyped =
        JsonpUtils.toJsonString(
            QueryTranslator.asTyped(QueryParser.parse("Sviridenko fund signed")).orElseThrow(),
            MAPPER);

    assertThat(asTyped).doesNotContain("fuzziness").doesNotContain("phrase_prefix");
    assertThat(tree(asTyped).at("/bool/must")).hasSize(3);
  }

  @Test
  void entityAliasTypedAsAWordAlsoSearchesEntityNames() {
    JsonNode match = translated("Zelenskiy").at("/bool/must/0/bool/should/0/multi_match");

    assertThat(match.get("query").asText()).isEqualTo("Zelenskiy");
    assertThat(match.get("fields")).contains(JSON.getNodeFactory().textNode("entity_names^2"));
  }

  @Test
  void phraseMatchesInOrderOnTheExactFieldsAndEntityNames() {
    assertThat(translated("\"Black Sea\""))
        .isEqualTo(
            tree(
                """
                {"bool": {"must": [{"multi_match": {
                  "query": "Black Sea",
                  "type": "phrase",
                  "fields": ["title.exact^3", "body.exact", "entity_names"],
                  "tie_breaker": 0.3}}]}}
                """));
  }

  @Test
  void prefixExpandsOnTheExactFieldsAndEntityNamesToAtMost50Words() {
    assertThat(translated("odes*"))
        .isEqualTo(
            tree(
                """
                {"bool": {"must": [{"multi_match": {
                  "query": "odes",
                  "type": "phrase_prefix",
                  "max_expansions": 50,
                  "fields": ["title.exact^3", "body.exact", "entity_names"],
                  "tie_breaker": 0.3}}]}}
                """));
  }

  @Test
  void orGroupNeedsAnyOneOfItsAlternatives() {
    assertThat(translated("kyiv OR kiev"))
        .isEqualTo(
            tree(
                """
                {"bool": {"must": [{"bool": {
                  "should": [%s, %s],
                  "minimum_should_match": "1"}}]}}
                """
                    .formatted(word("kyiv"), word("kiev"))));
  }

  @Test
  void exclusionsBecomeMustNotOverTheSameFieldsAsTheirKind() {
    JsonNode query = translated("EU -\"black sea\" -russ* -moscow");

    assertThat(query.at("/bool/must")).containsExactly(tree(word("EU")));
    assertThat(query.at("/bool/must_not"))
        .containsExactly(
            translated("\"black sea\"").at("/bool/must/0"),
            translated("russ*").at("/bool/must/0"),
            tree(word("moscow")));
  }

  @Test
  void onlyExclusionsGiveABoolWithNothingButMustNot() {
    assertThat(translated("-moscow"))
        .isEqualTo(tree("{\"bool\": {\"must_not\": [%s]}}".formatted(word("moscow"))));
  }

  @Test
  void noticesDoNotChangeWhatIsSearched() {
    assertThat(translated("(grain) : deal -")).isEqualTo(translated("grain deal"));
  }

  @Test
  void randomNastyInputAlwaysParsesAndTranslatesToAValidQuery() {
    Random random = new Random(20_240_521L);
    for (int i = 0; i < 3000; i++) {
      String input = nastyString(random, i % 500 == 0 ? 5000 : random.nextInt(40));

      assertThatNoException()
          .as(
              "input (first 300 chars) %s",
              escaped(input.substring(0, Math.min(300, input.length()))))
          .isThrownBy(() -> checkParsesAndTranslates(input));
    }
  }

  private static String nastyString(Random random, int pieces) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(5) == 0) {
        out.append((char) random.nextInt(Character.MAX_VALUE + 1));
      } else {
        out.append(NASTY.get(random.nextInt(NASTY.size())));
      }
    }
    return out.toString();
  }

  private static void checkParsesAndTranslates(String input) {
    UserQuery parsed = QueryParser.parse(input);

    assertThat(KNOWN_NOTICES).containsAll(parsed.notices());
    List<Term> terms =
        Stream.concat(
                parsed.required().stream()
                    .flatMap(
                        clause ->
                            clause instanceof AnyOf group
                                ? group.alternatives().stream()
                                : Stream.of((Term) clause)),
                parsed.excluded().stream())
            .toList();
    assertThat(terms).hasSizeLessThanOrEqualTo(QueryParser.MAX_TERMS);
    assertThat(parsed.required())
        .allMatch(clause -> !(clause instanceof AnyOf group) || group.alternatives().size() >= 2);
    for (Term term : terms) {
      assertThat(term.text()).isNotBlank().isEqualTo(term.text().strip());
      assertThat(term.text().codePoints())
          .noneMatch(
              cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE);
    }

    Query query = QueryTranslator.translate(parsed);

    assertThat(query.isMatchAll()).isEqualTo(parsed.isEmpty());
    String json = JsonpUtils.toJsonString(query, MAPPER);
    Query reread =
        Query._DESERIALIZER.deserialize(
            MAPPER.jsonProvider().createParser(new StringReader(json)), MAPPER);
    assertThat(JsonpUtils.toJsonString(reread, MAPPER)).isEqualTo(json);
  }

  private static String escaped(String input) {
    StringBuilder out = new StringBuilder();
    input
        .chars()
        .forEach(c -> out.append(c < 0x7F && c >= 0x20 ? "" + (char) c : "\\u%04X".formatted(c)));
    return out.toString();
  }

  private static String word(String text) {
    return """
        {"multi_match": {
          "query": "%s",
          "type": "best_fields",
          "operator": "and",
          "fields": ["title^3", "title.exact^3", "body", "body.exact", "entity_names^2"],
          "tie_breaker": 0.3}}
        """
        .formatted(text);
  }

  /** The first query in the tree with this name, or null. */
  private static JsonNode named(JsonNode node, String name) {
    if (node.isObject() && name.equals(node.path("_name").asText())) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = named(child, name);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode translated(String input) {
    return tree(
        JsonpUtils.toJsonString(QueryTranslator.translate(QueryParser.parse(input)), MAPPER));
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  @Test
  void aWordThatNamesAnEntityAlsoFindsEveryArticleFiledUnderIt() {
    Query filed = Query.of(q -> q.term(t -> t.field("persons").value("Volodymyr Zelensky")));
    Query translated =
        QueryTranslator.translate(
            QueryParser.parse("\"Volodymyr Zelenskiy\""),
            java.util.Map.of("Volodymyr Zelenskiy", List.of(filed)));

    var must = translated.bool().must();
    assertThat(must).hasSize(1);
    assertThat(must.get(0).bool().should()).hasSize(2).contains(filed);
    assertThat(must.get(0).bool().minimumShouldMatch()).isEqualTo("1");
  }

  @Test
  void prefixesAndShortWordsAreNotLookedUpAsNames() {
    assertThat(
            QueryTranslator.nameCandidates(QueryParser.parse("un macro* \"Keir Starmer\" -Putin")))
        .containsExactly("Putin", "Keir Starmer");
  }
}
