package io.newsdesk.web;

/** A state-changing request that may have come from another site; answered with 403. */
class CsrfRefusedException extends RuntimeException {

  CsrfRefusedException(String message) {
    super(message);
  }
}
