package io.newsdesk.saved;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Which stored documents to read: every condition must hold. */
record Filter(List<Condition> conditions) {

  /** One condition on a field of the stored documents. */
  sealed interface Condition permits AnyOf, Present, NoLaterThan {}

  /** The field holds one of these values. */
  record AnyOf(String field, List<String> values) implements Condition {}

  /** The field has a value. */
  record Present(String field) implements Condition {}

  /** The field holds a date no later than this one (ISO-8601). */
  record NoLaterThan(String field, String date) implements Condition {}

  static Filter where(String field, String value) {
    return new Filter(List.of(new AnyOf(field, List.of(value))));
  }

  static Filter dueBy(String field, String date) {
    return new Filter(List.of(new NoLaterThan(field, date)));
  }

  Filter and(String field, String value) {
    return with(new AnyOf(field, List.of(value)));
  }

  Filter andAnyOf(String field, Collection<String> values) {
    return with(new AnyOf(field, List.copyOf(values)));
  }

  Filter andPresent(String field) {
    return with(new Present(field));
  }

  private Filter with(Condition condition) {
    List<Condition> all = new ArrayList<>(conditions);
    all.add(condition);
    return new Filter(List.copyOf(all));
  }
}
