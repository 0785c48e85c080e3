package io.newsdesk.saved;

/** An edit that would undo a change made meanwhile elsewhere (another tab or browser). */
public class EditConflictException extends RuntimeException {

  public EditConflictException(String message) {
    super(message);
  }
}
