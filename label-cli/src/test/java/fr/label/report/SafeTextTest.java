package fr.label.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"clic\")", "+1+cmd|' /C calc'!A0", "-2+3",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=1", "-", "+33 4 90 00 00 00"})
    void aCellThatASpreadsheetWouldRunIsPrefixedWithAQuoteAndQuoted(String cell) {
        String field = SafeText.csvField(cell);

        assertThat(field).isEqualTo("\"'" + cell.replace("\"", "\"\"") + "\"");
        assertThat(ResultsCsvTest.parse(field + "\r\n").get(0)).containsExactly("'" + cell);
    }

    @Test
    void numbersStayNumbers() {
        assertThat(SafeText.csvField(-12)).isEqualTo("-12");
        assertThat(SafeText.csvField(-3L)).isEqualTo("-3");
        assertThat(SafeText.csvField(2023)).isEqualTo("2023");
        assertThat(SafeText.csvField("-12")).isEqualTo("-12");
        assertThat(SafeText.csvField("-1.5")).isEqualTo("-1.5");
        assertThat(SafeText.csvField("-1,5")).isEqualTo("\"-1,5\"");
    }

    @Test
    void otherCellsAreOnlyQuotedAsRfc4180Says() {
        assertThat(SafeText.csvField("Saint-Aubin-des-Prés")).isEqualTo("Saint-Aubin-des-Prés");
        assertThat(SafeText.csvField("a=b, c")).isEqualTo("\"a=b, c\"");
        assertThat(SafeText.csvField("deux\r\nlignes")).isEqualTo("\"deux\r\nlignes\"");
        assertThat(SafeText.csvField("")).isEmpty();
        assertThat(SafeText.csvField(null)).isEmpty();
    }

    @Test
    void controlCharactersAndBidiOverridesBecomeVisibleInCsvCells() {
        assertThat(SafeText.csvField("a\u0000b\u001B[31mc\u202Ed\u2066e\u0085f\u007F"))
                .isEqualTo("a␀b␛[31mc\uFFFDd\uFFFDe\uFFFDf␡");
        assertThat(SafeText.csvField("\u0007=1")).isEqualTo("␇=1");
    }

    @Test
    void plainTextReplacesEveryControlCharacterOneForOne() {
        String hostile = "a\u0000b\u001B[2Jc\u202Ed\u2066e\u2069f\u009Bg\u007Fh\ni\tj\rk";

        String plain = SafeText.plain(hostile);

        assertThat(plain).isEqualTo("a␀b␛[2Jc\uFFFDd\uFFFDe\uFFFDf\uFFFDg␡h␊i␉j␍k");
        assertThat(plain).hasSameSizeAs(hostile);
        assertThat(plain.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || SafeText.isBidiControl(c));
        assertThat(SafeText.plain("Saint-Aubin-des-Prés ★")).isEqualTo("Saint-Aubin-des-Prés ★");
    }

    @Test
    void htmlReplacesControlCharactersAndIsolatesWhatCouldTurnTheTextAround() {
        assertThat(Html.esc("a\u0000b\u001B<i>\n")).isEqualTo("a␀b␛&lt;i&gt;\n");
        assertThat(Html.text("Evil\u202Elmth.exe")).isEqualTo("<bdi>Evil\u202Elmth.exe</bdi>");
        assertThat(Html.text("\u0627\u0644\u0631\u0628\u0627\u0637")).startsWith("<bdi>");
        assertThat(Html.text("Saint-Aubin-des-Prés")).isEqualTo("Saint-Aubin-des-Prés");
    }
}
