package io.newsdesk.stories;

/**
 * Sentence embeddings as placing compares them: at unit length, so a dot product is their cosine
 * and a sum of members' embeddings points where the story's headlines and leads do.
 */
final class Meaning {

  private Meaning() {}

  static float[] unit(float[] vector) {
    double length = Math.sqrt(dot(vector, vector));
    float[] unit = new float[vector.length];
    if (length > 0) {
      for (int i = 0; i < vector.length; i++) {
        unit[i] = (float) (vector[i] / length);
      }
    }
    return unit;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
