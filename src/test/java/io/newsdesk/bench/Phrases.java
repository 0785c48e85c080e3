package io.newsdesk.bench;

import java.util.List;

/**
 * Sentence templates. Slots: {P} a person (introduced with job and organisation the first time),
 * {p} the person last named, {he}/{He} their pronoun, {O} an organisation, {L} a place, {n}/{ns} a
 * noun of the topic, {g}/{gs} a general noun, {a} an adjective of the topic, {b} a general
 * adjective, {v}/{vd}/{vs} a verb of the topic, {num}, {pct}, {year}, {day}, {month}, {period}.
 */
final class Phrases {

  private Phrases() {}

  static final List<String> HEADLINES =
      List.of(
          "{O} {vs} {n} amid {b} {gs}",
          "{Surname} {vs} {n} in {L}",
          "{L} {ns} {vd} after {a} {n}",
          "{a} {n} {vs} {L}",
          "{L}’s {n}: what the {b} {g} means for {gs}",
          "{O} and {O} in {n} talks",
          "{Surname} warns of {a} {n} in {L}",
          "{n} {vd} as {gs} in {L} wait for {g}",
          "{O} to {v} {n} by {month}",
          "Why the {n} matters for {L}");

  static final List<String> LEADS =
      List.of(
          "{P} {vd} the {a} {n} on {day}, a move that {gs} in {L} had feared for months.",
          "The {n} in {L} was {vd} on {day} after {O} said it could no longer {v} the {b} {g}.",
          "{P} said on {day} that {O} would {v} the {n}, ending weeks of {b} uncertainty in {L}.",
          "{O} {vd} the {n} on {day}, leaving {num} {gs} in {L} facing a {b} {g}.");

  static final List<String> SENTENCES =
      List.of(
          "{P} said on {day} that the {n} would {v} the {b} {g} by {month}.",
          "The {n} comes after {num} {gs} were {vd} in {L} last {period}.",
          "According to {O}, {pct} percent of {gs} in {L} {vd} the {a} {n}.",
          "{O} has {vd} the {n}, which critics say could {v} the {b} {g}.",
          "Officials in {L} {vd} that a {a} {n} could {v} the {g} within weeks.",
          "{P} has long argued that the {n} must be {vd} before any {b} {g} is agreed.",
          "It was not immediately clear whether the {n} would affect {gs} outside {L}.",
          "Analysts at {O} expect the {n} to {v} further in the coming months.",
          "The {a} {n} was first proposed in {month} by {P}.",
          "{L} has seen {b} {gs} since the {n} began, residents said.",
          "{P} told reporters in {L} that the {g} had been {vd} without warning.",
          "Critics said the {n} would hit {gs} in {L} hardest.",
          "A spokesperson for {O} declined to comment on the {n}.",
          "The {g} is expected to {v} the {n} when it meets in {month}.",
          "Last {period}, {O} {vd} a {b} {n} that drew {b} criticism.",
          "Figures published by {O} on {day} showed {num} {ns} in {L}, up from {num} a year"
              + " earlier.",
          "{P} is due to meet representatives of {O} in {L} on {day}.",
          "The {n} has divided opinion in {L}, where {pct} percent of {gs} depend on the {g}.",
          "Talks between {O} and {O} are expected to continue next week.",
          "{He} said the {g} would {v} the {n} “as soon as possible”.",
          "In a statement, {O} said it had {vd} the {n} and would {v} the {b} {g}.",
          "The {n} follows months of {b} pressure from {gs} in {L} and {L}.",
          "Neither {O} nor {O} responded to requests for comment.",
          "{P} {vd} a {b} {n} in {year}, according to people familiar with the matter.",
          "Some {gs} in {L} have already {vd} the {n}, while others are waiting for a {b} {g}.",
          "The {b} {g} will {v} the {n} in {L} first, {O} said.",
          "{He} did not say when the {a} {n} would be {vd}.",
          "Since {year}, {O} has {vd} {num} {ns}, most of them in {L}.");

  static final List<String> QUOTES =
      List.of(
          "We will not accept a {b} {g} that puts {gs} at risk",
          "This is not about the {n}. It’s about {gs} who have waited long enough",
          "Nobody wins a {a} {n}",
          "We’ve {vd} the {n} before and we’ll {v} it again if we must",
          "I don’t think the {gs} in {L} understand what is at stake",
          "The {n} is {b}, but it is not the end of the story",
          "Our door is open tonight, tomorrow and for as long as it takes",
          "Every day of the {n} costs {gs} in {L} money they don’t have",
          "It’s a {b} step, and we should be honest about that",
          "We need a {a} {n}, not another {g}",
          "People in {L} were promised a {b} {g}, and they’re still waiting",
          "Nobody told us the {n} would be {vd}");

  static final List<String> ATTRIBUTIONS =
      List.of("{p} said", "said {p}", "{p} told reporters in {L}", "{he} added", "{P} said");

  static final List<String> GENERAL_NOUNS =
      List.of(
          "government",
          "council",
          "region",
          "community",
          "resident",
          "official",
          "decision",
          "plan",
          "report",
          "statement",
          "proposal",
          "meeting",
          "agreement",
          "deal",
          "crisis",
          "question",
          "concern",
          "warning",
          "figure",
          "sector",
          "system",
          "programme",
          "project",
          "committee",
          "inquiry",
          "review",
          "measure",
          "framework",
          "schedule",
          "district",
          "neighbourhood",
          "coast",
          "capital",
          "border",
          "economy",
          "family",
          "business",
          "school",
          "village",
          "city",
          "service",
          "network",
          "household",
          "farmer",
          "student",
          "commuter",
          "taxpayer",
          "shopkeeper",
          "pensioner",
          "volunteer");

  static final List<String> GENERAL_ADJECTIVES =
      List.of(
          "new",
          "local",
          "national",
          "senior",
          "former",
          "key",
          "major",
          "small",
          "large",
          "recent",
          "significant",
          "difficult",
          "clear",
          "regional",
          "short-term",
          "long-term",
          "broader",
          "serious",
          "modest",
          "sharp",
          "gradual",
          "further",
          "initial",
          "official",
          "independent",
          "urgent",
          "wider",
          "costly",
          "temporary",
          "permanent");

  static final List<String> PERIODS =
      List.of("week", "month", "year", "autumn", "spring", "summer", "winter");

  static final List<String> DAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  static final List<String> MONTHS =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  /** Lines of page chrome the reader drops, put between paragraphs of the raw text. */
  static final List<String> CHROME_INSIDE =
      List.of("Advertisement", "Advertisement", "Sign up to our morning newsletter");

  static final List<String> CHROME_AFTER = List.of("Share this article", "Leave a comment");
}
