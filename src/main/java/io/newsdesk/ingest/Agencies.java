package io.newsdesk.ingest;

/** Wire and photo agencies as credits name them, to tell credit lines from text. */
final class Agencies {

  /** A regex alternation of agency names, longest spellings first; match case-sensitively. */
  static final String NAMES =
      "(?:Agence France-Presse|Associated Press|Press Association|PA Media|PA Wire|PA Images|"
          + "Getty Images|Shutterstock|Alamy(?: Stock Photo)?|REX(?: Features)?|Rex Features|"
          + "EPA-EFE|Reuters|Bloomberg|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Imago|Sipa(?: USA)?|"
          + "ABACA(?:PRESS)?|Xinhua|Anadolu(?: Agency)?|Sputnik|TASS|Kyodo|Yonhap|ANSA|EFE|AAP|dpa|"
          + "AFP|EPA|UPI|AP|PA)";

  private Agencies() {}
}
