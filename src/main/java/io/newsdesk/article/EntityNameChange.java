package io.newsdesk.article;

/**
 * A canonical entity's display name that changed, so the index side can update what it stored under
 * the old one.
 */
public record EntityNameChange(EntityType type, String oldName, String newName) {}
