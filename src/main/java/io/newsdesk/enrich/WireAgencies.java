package io.newsdesk.enrich;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** News agencies whose copy other outlets run, each under its usual short name. */
final class WireAgencies {

  private static final Map<String, Pattern> SPELLINGS = new LinkedHashMap<>();

  static {
    add("AFP", "AFP|Agence France-Presse|Agence France Presse");
    add("Reuters", "Reuters|Thomson Reuters");
    add("AP", "AP|Associated Press|The Associated Press");
    add("PA", "PA|PA Media|Press Association|PA Wire");
    add("dpa", "dpa|DPA|Deutsche Presse-Agentur");
    add("ANSA", "ANSA");
    add("EFE", "EFE|Agencia EFE");
    add("Xinhua", "Xinhua|Xinhua News Agency");
    add("Kyodo", "Kyodo|Kyodo News");
    add("Yonhap", "Yonhap|Yonhap News Agency");
    add("TASS", "TASS");
    add("Interfax", "Interfax");
    add("RIA Novosti", "RIA Novosti");
    add("Anadolu", "Anadolu|Anadolu Agency");
    add("UPI", "UPI|United Press International");
    add("AAP", "AAP|Australian Associated Press");
    add("Bloomberg", "Bloomberg|Bloomberg News");
    add("PTI", "PTI|Press Trust of India");
    add("Europa Press", "Europa Press");
    add("Belga", "Belga");
    add("ANP", "ANP");
    add("APA", "APA");
    add("Lusa", "Lusa");
  }

  /** A regex alternation of every spelling, to be matched case-sensitively. */
  static final String ANY =
      SPELLINGS.values().stream()
          .map(Pattern::pattern)
          .flatMap(p -> Pattern.compile("\\|").splitAsStream(p))
          .sorted((a, b) -> b.length() - a.length())
          .reduce((a, b) -> a + "|" + b)
          .map(alternation -> "(?:" + alternation + ")")
          .orElseThrow();

  private WireAgencies() {}

  private static void add(String name, String spellings) {
    SPELLINGS.put(name, Pattern.compile(spellings));
  }

  /** The agency's short name when the whole of {@code name} is one of its spellings. */
  static Optional<String> named(String name) {
    String candidate = name.strip();
    return SPELLINGS.entrySet().stream()
        .filter(e -> e.getValue().matcher(candidate).matches())
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
