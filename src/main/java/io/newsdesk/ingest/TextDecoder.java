package io.newsdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text: a byte-order mark first, then strict UTF-8, then the charset an HTML or
 * XML prolog declares, then a detector's guess. Every decoding is strict, so a wrong guess fails
 * instead of giving mojibake.
 */
final class TextDecoder {

  private static final Pattern DECLARED_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes) throws UnreadableInput {
    Optional<String> withBom = decodeByByteOrderMark(bytes);
    if (withBom.isPresent()) {
      return withBom.get();
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new UnreadableInput("binary content (it has NUL bytes), not text");
      }
    }
    Optional<String> utf8 = strictly(StandardCharsets.UTF_8, bytes, 0);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    Optional<Charset> declared = declaredCharset(bytes);
    if (declared.isPresent()) {
      Optional<String> text = strictly(declared.get(), bytes, 0);
      if (text.isPresent()) {
        return text.get();
      }
    }
    String guess = detectedCharsetName(bytes);
    if (guess == null) {
      throw new UnreadableInput(
          "not valid UTF-8, and no other text encoding fits its bytes (invalid or binary bytes)");
    }
    return strictly(latinFamily(guess), bytes, 0)
        .orElseThrow(
            () ->
                new UnreadableInput(
                    "not valid UTF-8, and its bytes are not valid " + guess + " either"));
  }

  private static Optional<String> decodeByByteOrderMark(byte[] b) throws UnreadableInput {
    Charset charset;
    int skip;
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = Charset.forName("UTF-32BE");
      skip = 4;
    } else if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = Charset.forName("UTF-32LE");
      skip = 4;
    } else if (startsWith(b, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(b, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      return Optional.empty();
    }
    Optional<String> text = strictly(charset, b, skip);
    if (text.isEmpty()) {
      throw new UnreadableInput(
          "starts with a " + charset.name() + " byte-order mark but is not valid " + charset);
    }
    return text;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1) != null ? m.group(1) : m.group(2);
    try {
      return Optional.of(latinFamily(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static String detectedCharsetName(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    return detector.getDetectedCharset();
  }

  // Web pages labelled Latin-1 or ASCII are windows-1252 in practice (the HTML standard says so).
  private static Charset latinFamily(String name) {
    Charset charset = Charset.forName(name);
    return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
        ? WINDOWS_1252
        : charset;
  }

  private static Optional<String> strictly(Charset charset, byte[] bytes, int offset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
