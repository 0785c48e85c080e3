package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.article.ArticleDraft;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final String STORY =
      "Harbour reopens after storm\n\n"
          + "The harbour reopened on Tuesday after three days of closure.\n\n"
          + "Fishermen said the damage was lighter than feared.\n";

  private final ArticleReader reader = new ArticleReader(64 * 1024);

  @Test
  void plainTextBecomesOneDraftWithHeadlineAndBody() {
    ReadOutcome outcome = reader.read(input("harbour.txt", STORY.getBytes(StandardCharsets.UTF_8)));

    assertThat(outcome).isInstanceOf(ReadOutcome.Read.class);
    ArticleDraft draft = outcome.drafts().get(0);
    assertThat(draft.source()).isEqualTo("harbour.txt");
    assertThat(draft.title()).isEqualTo("Harbour reopens after storm");
    assertThat(draft.paragraphs()).hasSize(2);
    assertThat(outcome.rejections()).isEmpty();
  }

  @Test
  void emptyFileIsRejected() {
    assertRejected(reader.read(input("empty.txt", new byte[0])), "empty");
  }

  @Test
  void whitespaceOnlyFileIsRejected() {
    byte[] blanks = " \n\t\r\n\u00A0\u2003 \n".getBytes(StandardCharsets.UTF_8);

    assertRejected(reader.read(input("blank.txt", blanks)), "whitespace");
  }

  @Test
  void binaryFileWithNulBytesIsRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    assertRejected(reader.read(input("photo.txt", png)), "binary");
  }

  @Test
  void fileOfControlCharactersIsRejectedAsBinary() {
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (1 + i % 8);
    }

    assertRejected(reader.read(input("data.bin", controls)), "binary");
  }

  @Test
  void fileOverTheSizeLimitIsRejectedUnread() {
    byte[] big = new byte[100];
    Arrays.fill(big, (byte) 'a');

    ReadOutcome outcome = new ArticleReader(99).read(input("big.txt", big));

    assertRejected(outcome, "limit of 99 bytes");
  }

  @Test
  void windows1252TextIsDecodedWithItsTypographicQuotes() {
    String text =
        "Café owners count the cost\n\n"
            + "“We lost a week of trade,” said the owner of a café near the pier.\n";
    byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));

    ArticleDraft draft = single(reader.read(input("cafe.txt", cp1252)));

    assertThat(draft.title()).isEqualTo("Café owners count the cost");
    assertThat(draft.body()).contains("“We lost a week of trade,”").contains("café");
  }

  @Test
  void latin1DeclaredByAnHtmlPageIsHonoured() {
    String html =
        "<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body>"
            + "<h1>Élection à Genève</h1><p>Les électeurs ont voté dimanche à Genève.</p>"
            + "</body></html>";

    ArticleDraft draft =
        single(reader.read(input("page.html", html.getBytes(StandardCharsets.ISO_8859_1))));

    assertThat(draft.title()).isEqualTo("Élection à Genève");
    assertThat(draft.body()).contains("électeurs");
  }

  @Test
  void utf8ByteOrderMarkIsHonouredAndNotKept() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = STORY.getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(text, 0, both, bom.length, text.length);

    assertThat(single(reader.read(input("bom.txt", both))).title())
        .isEqualTo("Harbour reopens after storm");
  }

  @Test
  void utf16WithByteOrderMarkIsDecodedDespiteItsZeroBytes() {
    byte[] utf16 = ("\uFEFF" + STORY).getBytes(StandardCharsets.UTF_16LE);

    assertThat(single(reader.read(input("wide.txt", utf16))).title())
        .isEqualTo("Harbour reopens after storm");
  }

  @Test
  void bytesValidInNoEncodingAreRejectedWithAReason() {
    byte[] bytes = "Harbour reopens xx yy after the storm".getBytes(StandardCharsets.US_ASCII);
    bytes[16] = (byte) 0x81;
    bytes[17] = (byte) 0x8D;
    bytes[19] = (byte) 0x90;
    bytes[20] = (byte) 0x9D;

    assertRejected(reader.read(input("broken.txt", bytes)), "not valid UTF-8");
  }

  @Test
  void malformedHtmlIsReadLeniently() {
    String html =
        "<html><body><div><h1>Bridge closes for repairs</h1>"
            + "<p>The old bridge will close for six weeks from Monday.<p>Engineers found cracks"
            + " in two of its <b>supports.</div></span></i>"
            + "<p>Buses will take a detour via the ring road until the work is done.";

    ArticleDraft draft = single(reader.read(input("bridge.html", utf8(html))));

    assertThat(draft.title()).isEqualTo("Bridge closes for repairs");
    assertThat(draft.body())
        .contains("close for six weeks")
        .contains("cracks in two of its supports.")
        .contains("detour via the ring road");
  }

  @Test
  void externalEntityInAnXhtmlPageIsNeitherFetchedNorExpanded(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-FROM-DISK");
    String xhtml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
            + "<h1>Council approves budget</h1><p>The council approved the budget. &xxe;</p>"
            + "<p>The vote was close.</p></body></html>";

    ReadOutcome outcome = reader.read(input("page.xhtml", utf8(xhtml)));

    assertThat(outcome.drafts()).hasSize(1);
    ArticleDraft draft = outcome.drafts().get(0);
    assertThat(String.join(" ", draft.title(), draft.body(), String.join(" ", draft.captions())))
        .doesNotContain("SECRET-FROM-DISK");
  }

  @Test
  void xmlDocumentThatIsNoPageIsRejectedWithoutExpandingItsEntities(@TempDir Path dir)
      throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-FROM-DISK");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE catalog [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><catalog><title>&xxe;</title></catalog>";

    ReadOutcome outcome = reader.read(input("catalog", utf8(xml)));

    assertRejected(outcome, "not an HTML page");
    assertThat(outcome.rejections().get(0).message()).doesNotContain("SECRET-FROM-DISK");
  }

  @Test
  void entityBombIsNotExpanded() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE html [<!ENTITY a \"ha\">");
    for (char c = 'b'; c <= 'k'; c++) {
      String previous = String.valueOf((char) (c - 1));
      doctype.append("<!ENTITY ").append(c).append(" \"");
      doctype.append(("&" + previous + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    String page =
        doctype
            + "<html><body><h1>Laughs</h1><p>One sentence of text. &k;</p>"
            + "<p>Another sentence.</p></body></html>";

    ArticleDraft draft = single(reader.read(input("bomb.html", utf8(page))));

    assertThat(draft.body().length()).isLessThan(200);
  }

  @Test
  void formatIsToldByContentWhenTheNameHasNoKnownExtension() {
    String html =
        "<!DOCTYPE html><html><body><h1>Snow closes schools</h1>"
            + "<p>Schools across the county closed on Friday as snow fell.</p></body></html>";
    String jsonl = "{\"title\":\"Snow closes schools\",\"body\":\"Schools closed on Friday.\"}\n";

    ArticleDraft fromHtml = single(reader.read(input("download-1", utf8(html))));
    ArticleDraft fromJson = single(reader.read(input("download-2", utf8(jsonl))));

    assertThat(fromHtml.title()).isEqualTo("Snow closes schools");
    assertThat(fromHtml.body()).doesNotContain("<");
    assertThat(fromJson.title()).isEqualTo("Snow closes schools");
    assertThat(fromJson.source()).isEqualTo("download-2:1");
  }

  @Test
  void fileOfNothingButPageChromeIsRejected() {
    String chrome = "Advertisement\n\nShare this article\n\nLeave a comment\n";

    assertRejected(reader.read(input("chrome.txt", utf8(chrome))), "no article text");
  }

  @Test
  void rejectionMessageNamesTheFile() {
    ReadOutcome outcome = reader.read(input("empty.txt", new byte[0]));

    assertThat(outcome.rejections().get(0).message()).startsWith("empty.txt: ");
  }

  private static InputFile input(String name, byte[] bytes) {
    return new InputFile(name, bytes, Optional.empty());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ArticleDraft single(ReadOutcome outcome) {
    assertThat(outcome.rejections()).isEmpty();
    assertThat(outcome.drafts()).hasSize(1);
    return outcome.drafts().get(0);
  }

  private static void assertRejected(ReadOutcome outcome, String reasonPart) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    assertThat(outcome.drafts()).isEmpty();
    assertThat(outcome.rejections()).hasSize(1);
    assertThat(outcome.rejections().get(0).reason()).contains(reasonPart);
  }
}
