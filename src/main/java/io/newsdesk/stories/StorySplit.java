package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Tells when the members of one story are the reports of two events of one kind in different years:
 * they fall into two halves, one whose reports name one year, the other whose reports name other
 * years, and the halves are less alike than a report of another year needs to be. Undated reports
 * join a story while it is small on what two such events share (a boxer, a team, a kind of crime),
 * before any member names its year; once both events have several reports, the halves show.
 */
final class StorySplit {

  /** Each half has at least this many members: a lone report is placed again on its own. */
  static final int MIN_HALF = 2;

  /** Rounds of moving each member to the half it is most alike, from the least alike pair. */
  static final int ROUNDS = 6;

  /** Members of the one-year half that name a year, at least. */
  static final int YEAR_VOTES = 3;

  /**
   * Share of those that name the half's year, at least: a report may name only a background year.
   */
  static final double YEAR_SHARE = 0.75;

  /** Members of the other half that name a year, at least. */
  static final int OTHER_YEAR_VOTES = 2;

  private final StoryRules rules;

  StorySplit(StoryRules rules) {
    this.rules = rules;
  }

  /** The two halves, as indexes into {@code members}, when the story is two; empty otherwise. */
  Optional<List<List<Integer>>> halves(List<ArticleProfile> members) {
    if (members.size() < 2 * MIN_HALF || !namesYearsApart(members)) {
      return Optional.empty();
    }
    double[][] alike = alike(members);
    boolean[] inB = bisect(alike);
    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      (inB[i] ? b : a).add(i);
    }
    if (a.size() < MIN_HALF || b.size() < MIN_HALF) {
      return Optional.empty();
    }
    boolean apart = yearsApart(members, a, b) || yearsApart(members, b, a);
    boolean unlike =
        across(alike, a, b)
            < rules.needed(OptionalLong.empty(), OptionalInt.of(StoryRules.YEARS_APART));
    return apart && unlike ? Optional.of(List.of(a, b)) : Optional.empty();
  }

  /**
   * Whether enough members name years, some of them years apart: else there is nothing to split.
   */
  private static boolean namesYearsApart(List<ArticleProfile> members) {
    IntSummaryStatistics years =
        members.stream()
            .map(ArticleProfile::year)
            .filter(OptionalInt::isPresent)
            .mapToInt(OptionalInt::getAsInt)
            .summaryStatistics();
    return years.getCount() >= YEAR_VOTES + OTHER_YEAR_VOTES
        && years.getMax() - years.getMin() >= StoryRules.YEARS_APART;
  }

  /**
   * Two halves: seeded by the least alike pair, then each member moved to the half whose members it
   * is most alike on average, until none moves.
   */
  private static boolean[] bisect(double[][] alike) {
    int n = alike.length;
    int seedA = 0;
    int seedB = 1;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (alike[i][j] < alike[seedA][seedB]) {
          seedA = i;
          seedB = j;
        }
      }
    }
    boolean[] inB = new boolean[n];
    for (int i = 0; i < n; i++) {
      inB[i] = i == seedB || (i != seedA && alike[i][seedB] > alike[i][seedA]);
    }
    for (int round = 0; round < ROUNDS; round++) {
      boolean[] next = new boolean[n];
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        double toA = mean(alike, i, inB, false);
        double toB = mean(alike, i, inB, true);
        next[i] = Double.isNaN(toA) || (!Double.isNaN(toB) && toB > toA);
        moved |= next[i] != inB[i];
      }
      if (!moved) {
        break;
      }
      inB = next;
    }
    return inB;
  }

  /**
   * Whether the first half's reports name one year and the other half's reports name years well
   * apart from it.
   */
  private static boolean yearsApart(
      List<ArticleProfile> members, List<Integer> one, List<Integer> other) {
    Map<Integer, Integer> votes = new HashMap<>();
    one.stream()
        .map(i -> members.get(i).year())
        .filter(OptionalInt::isPresent)
        .forEach(y -> votes.merge(y.getAsInt(), 1, Integer::sum));
    int named = votes.values().stream().mapToInt(Integer::intValue).sum();
    Optional<Map.Entry<Integer, Integer>> top =
        votes.entrySet().stream().max(Map.Entry.comparingByValue());
    if (top.isEmpty() || named < YEAR_VOTES || top.get().getValue() < YEAR_SHARE * named) {
      return false;
    }
    int year = top.get().getKey();
    List<Integer> otherYears =
        other.stream()
            .map(i -> members.get(i).year())
            .filter(OptionalInt::isPresent)
            .map(OptionalInt::getAsInt)
            .toList();
    long apart =
        otherYears.stream().filter(y -> Math.abs(y - year) >= StoryRules.YEARS_APART).count();
    return otherYears.size() >= OTHER_YEAR_VOTES && apart >= YEAR_SHARE * otherYears.size();
  }

  private static double across(double[][] alike, List<Integer> a, List<Integer> b) {
    double sum = 0;
    for (int i : a) {
      for (int j : b) {
        sum += alike[i][j];
      }
    }
    return sum / (a.size() * b.size());
  }

  private static double mean(double[][] alike, int i, boolean[] inB, boolean half) {
    double sum = 0;
    int count = 0;
    for (int j = 0; j < inB.length; j++) {
      if (j != i && inB[j] == half) {
        sum += alike[i][j];
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  /**
   * The evidence each pair of members gives of one event (see {@link StoryAffinity#evidence()}).
   */
  private static double[][] alike(List<ArticleProfile> members) {
    int n = members.size();
    List<StoryProfile> alone = new ArrayList<>();
    for (ArticleProfile member : members) {
      StoryProfile profile = new StoryProfile();
      profile.add(member);
      alone.add(profile);
    }
    double[][] alike = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double ij = StoryAffinity.of(members.get(i), alone.get(j), TextOverlap.NONE).evidence();
        double ji = StoryAffinity.of(members.get(j), alone.get(i), TextOverlap.NONE).evidence();
        alike[i][j] = (ij + ji) / 2;
        alike[j][i] = alike[i][j];
      }
    }
    return alike;
  }
}
