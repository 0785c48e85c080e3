package io.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManifestTest {

  @Test
  void rowsGiveMetadataAndEmptyCellsStayUnknown() throws Exception {
    Manifest manifest =
        Manifest.parse(
            "file\toutlet\turl\tpublished\tlanguage\n"
                + "a.txt\tThe Courier\thttps://c.example/a\t2025-02-24\ten\n"
                + "b.txt\t\t\t\ten\n");

    var a = manifest.forFile("a.txt").orElseThrow();
    var b = manifest.forFile("b.txt").orElseThrow();
    assertThat(a.outlet()).contains("The Courier");
    assertThat(a.published()).contains(LocalDate.of(2025, 2, 24));
    assertThat(b.outlet()).isEmpty();
    assertThat(b.published()).isEmpty();
    assertThat(b.language()).contains("en");
    assertThat(manifest.forFile("c.txt")).isEmpty();
  }

  @Test
  void columnsMayComeInAnyOrder() throws Exception {
    Manifest manifest = Manifest.parse("outlet\tfile\nLedger\tx.html\n");

    assertThat(manifest.forFile("x.html").orElseThrow().outlet()).contains("Ledger");
  }

  @Test
  void aBadDateNamesItsLine() {
    assertThatThrownBy(
            () -> Manifest.parse("file\tpublished\na.txt\t2025-02-24\nb.txt\tyesterday\n"))
        .isInstanceOf(Manifest.InvalidManifestException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("yesterday");
  }

  @Test
  void aManifestWithoutAFileColumnIsRefused() {
    assertThatThrownBy(() -> Manifest.parse("outlet\turl\nA\thttps://a.example\n"))
        .isInstanceOf(Manifest.InvalidManifestException.class)
        .hasMessageContaining("file");
  }
}
