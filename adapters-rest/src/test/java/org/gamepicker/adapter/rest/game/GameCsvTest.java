package org.gamepicker.adapter.rest.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Excel's CSV reads, broken CSV says where to look, and an export never runs as a formula. */
class GameCsvTest {

  private static final String HEADER = "pack_name,title,min_players,max_players\n";

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    List<ImportRow> rows = GameCsv.read("\uFEFF" + HEADER + "Pack,Quiz,2,8\n");

    assertThat(rows).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(2));
    assertThat(rows.get(0).values()).containsEntry("pack_name", "Pack");
  }

  @Test
  void anUnclosedQuoteNamesItsLineWithoutJavaNames() {
    assertThatThrownBy(() -> GameCsv.read(HEADER + "Pack,\"Quiz,2,8\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "The CSV could not be read: the quoted value that starts on line 2 is never closed;"
                + " end it with a double quote (\")");
  }

  @Test
  void aNulCharacterIsRefusedNamingItsLine() {
    assertThatThrownBy(() -> GameCsv.read(HEADER + "Pack,Quiz,2,8\nPack,Qu\0iz,2,8\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Line 3 contains the NUL character; remove it");
  }

  @Test
  void textThatLooksLikeAFormulaIsExportedAsTextAndImportedBack() {
    assertThat(GameCsv.asText("=1+1")).isEqualTo("'=1+1");
    assertThat(GameCsv.asText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(GameCsv.asText("Quiplash 3")).isEqualTo("Quiplash 3");

    List<ImportRow> rows = GameCsv.read(HEADER + "Pack,'=1+1,2,8\n");
    assertThat(rows.get(0).values()).containsEntry("title", "=1+1");
  }
}
