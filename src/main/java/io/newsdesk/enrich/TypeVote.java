package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type-vote step of {@link DocumentConsistency}: all mentions of one name get one type, by
 * majority of the recogniser's tags and of the words around them ({@link NameCues}: "the
 * newspaper", "in"; a name such words call a vessel, vehicle or storm is dropped, and so is a
 * demonym tagged a place, and a person whose name a cue says is no person's: "the Moon"). A country
 * or capital in the gazetteer adds one and a half votes for place; a single word that is the
 * surname of a person named in full adds one for person; a tie goes to person. So a name tagged a
 * person once is a person throughout, and "Kyiv" tagged a person once is still a place. A cue that
 * states the type ("the Wagner group", "the town of Majdal Shams") decides alone, whatever the
 * tags, unless the article names a person so in full or with a title.
 */
final class TypeVote {

  private static final double GAZETTEER_PLACE_WEIGHT = 1.5;

  /**
   * What the text says a name is outweighs two of the recogniser's tags, which guess an unknown
   * word's type from its shape: "agency Rosaviatsia" makes it an organisation even where two
   * sentences tag it a person.
   */
  private static final double CUE = 2.5;

  /** "in Groza" alone outweighs one tag, not two: "trust in Lena" beside "Lena said". */
  private static final double PREPOSITION_CUE = 1.5;

  private final Gazetteer gazetteer;

  TypeVote(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Gives every mention its name's type; drops the names a cue calls a thing or no person's. */
  void apply(DocumentText doc, List<Mention> occs) {
    Set<String> notPeople = new HashSet<>();
    Map<String, EntityType> said = new HashMap<>();
    vote(occs, cueVotes(doc, occs, notPeople, said), said);
    dropPeople(occs, notPeople);
  }

  private static void dropPeople(List<Mention> occs, Set<String> keys) {
    occs.removeIf(
        o -> !o.forcedType && o.type == EntityType.PERSON && keys.contains(NameKey.of(o.text)));
  }

  /**
   * The votes of the words around each name ({@link NameCues}). Names that a cue calls a vessel,
   * vehicle or storm are removed from {@code occs}; those a cue says are no person's go to {@code
   * notPeople}.
   */
  private Map<String, Map<EntityType, Double>> cueVotes(
      DocumentText doc, List<Mention> occs, Set<String> notPeople, Map<String, EntityType> said) {
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Set<String> things = new HashSet<>();
    for (Mention o : occs) {
      DocumentText.Line line = doc.lineOf(o.part, o.partIndex, o.begin);
      if (line == null || o.end > line.end()) {
        continue;
      }
      String key = NameKey.of(o.text);
      NameCues.around(line.text(), o.begin - line.offset(), o.end - line.offset())
          .ifPresent(
              kind -> {
                Map<EntityType, Double> v =
                    votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class));
                switch (kind) {
                  case THING -> things.add(key);
                  case NOT_PERSON -> notPeople.add(key);
                  case ORGANIZATION -> {
                    v.merge(EntityType.ORGANIZATION, CUE, Double::sum);
                    said.merge(key, EntityType.ORGANIZATION, TypeVote::agreed);
                  }
                  case PLACE -> {
                    v.merge(EntityType.PLACE, CUE, Double::sum);
                    said.merge(key, EntityType.PLACE, TypeVote::agreed);
                  }
                  case PLACE_BY_PREPOSITION ->
                      v.merge(EntityType.PLACE, PREPOSITION_CUE, Double::sum);
                }
              });
    }
    occs.removeIf(o -> !o.forcedType && things.contains(NameKey.of(o.text)));
    return votes;
  }

  /** Two cues that disagree say nothing for sure. */
  private static EntityType agreed(EntityType a, EntityType b) {
    return a == b ? a : null;
  }

  /**
   * @param said the type words around a name state outright ("the Wagner group", "the town of"): it
   *     wins over any number of tags unless the article also names a person so, in full or with a
   *     title
   */
  private void vote(
      List<Mention> occs,
      Map<String, Map<EntityType, Double>> cueVotes,
      Map<String, EntityType> said) {
    Set<String> fullSurnames = new HashSet<>();
    Set<String> titled = new HashSet<>();
    for (Mention o : occs) {
      if (o.type == EntityType.PERSON) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull()) {
          fullSurnames.add(n.surnameKey());
        }
        if (o.titled) {
          titled.add(NameKey.of(o.text));
        }
      }
    }
    Set<String> orgHeads = new HashSet<>();
    for (Mention o : occs) {
      List<String> words = NameKey.tokens(o.text);
      if (o.type == EntityType.ORGANIZATION && o.tagged && words.size() > 1) {
        orgHeads.add(words.get(0));
      }
      // "Holm" beside "Holm Island": the island's short name.
      List<String> written = PersonName.words(o.text);
      if (o.type == EntityType.PLACE
          && written.size() == 2
          && gazetteer.isPlaceWord(written.get(1))) {
        said.putIfAbsent(words.get(0), EntityType.PLACE);
      }
    }
    Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    Set<String> forced = new HashSet<>();
    for (Mention o : occs) {
      String key = NameKey.of(o.text);
      if (o.forcedType) {
        forced.add(key);
      }
      Map<EntityType, Double> v = votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class));
      if (o.tagged) {
        v.merge(o.type, 1.0, Double::sum);
      }
    }
    for (Map.Entry<String, Map<EntityType, Double>> e : votes.entrySet()) {
      String key = e.getKey();
      cueVotes.getOrDefault(key, Map.of()).forEach((t, n) -> e.getValue().merge(t, n, Double::sum));
      if (gazetteer.isKnownPlace(key)) {
        e.getValue().merge(EntityType.PLACE, GAZETTEER_PLACE_WEIGHT, Double::sum);
      }
      if (!key.contains(" ") && fullSurnames.contains(key)) {
        e.getValue().merge(EntityType.PERSON, 1.0, Double::sum);
      } else if (!key.contains(" ") && orgHeads.contains(key)) {
        // "Wagner" beside "Wagner Group": the organisation's short name.
        e.getValue().merge(EntityType.ORGANIZATION, 2.0, Double::sum);
      }
    }
    for (Mention o : occs) {
      String key = NameKey.of(o.text);
      if (o.forcedType || forced.contains(key)) {
        if (!o.forcedType) {
          o.type = EntityType.ORGANIZATION;
        }
        continue;
      }
      EntityType stated = said.get(key);
      boolean personal = fullSurnames.contains(key) || titled.contains(key);
      o.type = stated != null && !personal ? stated : winner(votes.get(key), o.type);
    }
  }

  private static EntityType winner(Map<EntityType, Double> v, EntityType fallback) {
    EntityType best = fallback;
    double bestVotes = -1;
    // Ties go to PERSON, then PLACE, then ORGANIZATION.
    for (EntityType t : List.of(EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION)) {
      double n = v.getOrDefault(t, 0.0);
      if (n > bestVotes) {
        best = t;
        bestVotes = n;
      }
    }
    return bestVotes <= 0 ? fallback : best;
  }
}
