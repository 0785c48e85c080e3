package io.newsdesk.enrich;

/** The model, loaded once for all test classes of the JVM. */
final class Models {

  private static volatile EntityRecognizer recognizer;

  private Models() {}

  static synchronized EntityRecognizer recognizer() {
    if (recognizer == null) {
      recognizer = EntityRecognizer.load();
    }
    return recognizer;
  }
}
