package io.newsdesk.enrich;

/** Edit distance between short words, for typing errors in names. Pure. */
final class Edits {

  private Edits() {}

  /**
   * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
   * neighbouring letters each count one ("Voldoymyr" is one edit from "Volodymyr").
   */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > 2) {
      return Math.abs(n - m);
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
