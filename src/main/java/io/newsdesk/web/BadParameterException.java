package io.newsdesk.web;

/** A request parameter that cannot be used; answered with 400 naming the parameter. */
class BadParameterException extends RuntimeException {

  private final String parameter;

  BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
