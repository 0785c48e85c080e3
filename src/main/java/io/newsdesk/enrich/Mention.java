package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;

/**
 * A mention being worked on by {@link DocumentConsistency}: its text and type change as the steps
 * clean it, retype it and group it; where it is in the article does not.
 */
final class Mention {
  String text;
  EntityType type;
  final TextPart part;
  final int partIndex;
  final int begin;
  final int end;
  final boolean credit;
  final boolean tagged;
  boolean titled;
  boolean forcedType;

  Mention(RawMention m) {
    this(m.text(), m.type(), m.part(), m.partIndex(), m.begin(), m.end(), m.credit(), m.tagged());
  }

  Mention(
      String text,
      EntityType type,
      TextPart part,
      int partIndex,
      int begin,
      int end,
      boolean credit,
      boolean tagged) {
    this.text = text;
    this.type = type;
    this.part = part;
    this.partIndex = partIndex;
    this.begin = begin;
    this.end = end;
    this.credit = credit;
    this.tagged = tagged;
  }

  boolean overlaps(TextPart p, int idx, int b, int e) {
    return part == p && partIndex == idx && b < end && begin < e;
  }
}
