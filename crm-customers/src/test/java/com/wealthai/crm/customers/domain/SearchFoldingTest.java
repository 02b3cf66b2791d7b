package com.wealthai.crm.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchFoldingTest {

    @Test
    void hiraganaKatakanaAndHalfWidthKanaFoldToTheSameText() {
        assertThat(SearchFolding.fold("ヤマダ タロウ")).isEqualTo("やまだたろう");
        assertThat(SearchFolding.fold("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("やまだたろう");
        assertThat(SearchFolding.fold("やまだ　たろう")).isEqualTo("やまだたろう");
    }

    @Test
    void fullWidthLettersAndDigitsFoldToLowerCaseAscii() {
        assertThat(SearchFolding.fold("Ｃ０００１")).isEqualTo("c0001");
        assertThat(SearchFolding.fold("山田 太郎")).isEqualTo("山田太郎");
    }

    @Test
    void aWholePhoneNumberIsRecognisedInAnyWritingAndAnythingElseIsNot() {
        assertThat(SearchFolding.asPhoneNumber("090-1111-0001")).isEqualTo("09011110001");
        assertThat(SearchFolding.asPhoneNumber("０９０ １１１１ ０００１")).isEqualTo("09011110001");
        assertThat(SearchFolding.asPhoneNumber("(03) 3201-1001")).isEqualTo("0332011001");
        assertThat(SearchFolding.asPhoneNumber("C0001")).isNull();
        assertThat(SearchFolding.asPhoneNumber("0001")).isNull();
        assertThat(SearchFolding.asPhoneNumber("やまだ")).isNull();
        assertThat(SearchFolding.asPhoneNumber(null)).isNull();
    }
}
