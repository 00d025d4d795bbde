package dev.usher.guests.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GuestCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://evil")|'=HYPERLINK("http://evil")
            +972541234567|'+972541234567
            -2+3|'-2+3
            @SUM(A1)|'@SUM(A1)
            Dana|Dana
            O'Brien|O'Brien
            """)
    void formulaLookingCellsAreExportedAsText(String cell, String exported) {
        assertThat(GuestCsv.safe(cell)).isEqualTo(exported);
    }
}
