package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import java.util.List;

/** What reading one file gave: drafts, or the reasons there are none. */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Rejected {

  List<ArticleDraft> drafts();

  List<Rejection> rejections();

  /**
   * At least one draft.
   *
   * @param rejections the JSON Lines lines that were skipped, each with its line number
   */
  record Read(List<ArticleDraft> drafts, List<Rejection> rejections) implements ReadOutcome {
    public Read {
      drafts = List.copyOf(drafts);
      rejections = List.copyOf(rejections);
    }
  }

  /** No draft: one rejection for the whole file, or one for each of its lines. */
  record Rejected(List<Rejection> rejections) implements ReadOutcome {
    public Rejected {
      rejections = List.copyOf(rejections);
    }

    @Override
    public List<ArticleDraft> drafts() {
      return List.of();
    }
  }
}
