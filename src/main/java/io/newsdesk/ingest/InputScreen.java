package io.newsdesk.ingest;

/** Turns a file's bytes into text, or says why they are no article: empty, too big, binary. */
final class InputScreen {

  private static final double MAX_CONTROL_SHARE = 0.05;

  private final long maxBytes;

  InputScreen(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  String text(byte[] bytes) throws UnreadableInput {
    if (bytes.length == 0) {
      throw new UnreadableInput("empty file");
    }
    if (bytes.length > maxBytes) {
      throw new UnreadableInput(
          "too large: " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
    }
    String text = TextDecoder.decode(bytes);
    if (text.codePoints().allMatch(InputScreen::isBlank)) {
      throw new UnreadableInput("only whitespace, no text");
    }
    long controls = text.codePoints().filter(InputScreen::isStrayControl).count();
    if (controls > MAX_CONTROL_SHARE * text.length()) {
      throw new UnreadableInput("full of control characters: binary content, not text");
    }
    return text;
  }

  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B;
  }

  private static boolean isStrayControl(int c) {
    return Character.getType(c) == Character.CONTROL
        && c != '\n'
        && c != '\r'
        && c != '\t'
        && c != '\f';
  }
}
