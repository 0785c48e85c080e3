package io.newsdesk.saved;

/**
 * No such saved search, star, feed or carry link for this caller. Another owner's items are "not
 * found" too, so that nobody learns what exists.
 */
public class SavedItemNotFoundException extends RuntimeException {

  public SavedItemNotFoundException(String message) {
    super(message);
  }
}
