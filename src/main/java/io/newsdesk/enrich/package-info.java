/**
 * Named entities: who, which organisations and which places an article names, under one canonical
 * name per entity across the corpus. Pure logic, no Quarkus (but for the {@code @ApplicationScoped}
 * on the entry point), and Elasticsearch only where the registry is stored ({@link
 * io.newsdesk.enrich.RegistryStore}).
 *
 * <ol>
 *   <li>{@link io.newsdesk.enrich.EntityExtractor}: the entry point, drafts in (recognised on any
 *       core), a batch's {@link io.newsdesk.enrich.ArticleEntities} out (resolved in order).
 *   <li>{@link io.newsdesk.enrich.EntityRecognizer}: Stanford CoreNLP's 3-class CRF, line by line,
 *       credits ({@link io.newsdesk.enrich.CreditCues}) apart.
 *   <li>{@link io.newsdesk.enrich.DocumentConsistency}: one type per name in an article, titles
 *       off, surnames joined to full names, agencies from the {@link io.newsdesk.enrich.Gazetteer}.
 *   <li>{@link io.newsdesk.enrich.EntityDirectory}: the corpus-wide registry, matching by {@link
 *       io.newsdesk.enrich.NameKey}, corrected by a {@link io.newsdesk.enrich.Curation} file,
 *       persisted as {@link io.newsdesk.article.CanonicalEntity} records. Its parts: the {@link
 *       io.newsdesk.enrich.EntityRegistry} (the entities and their lookups), the {@link
 *       io.newsdesk.enrich.EntityMatcher} and {@link io.newsdesk.enrich.PersonMatcher} (which
 *       entity a name joins), the {@link io.newsdesk.enrich.EntityCurator}, {@link
 *       io.newsdesk.enrich.DisplayNames} and {@link io.newsdesk.enrich.EntityKeys}.
 * </ol>
 */
package io.newsdesk.enrich;
