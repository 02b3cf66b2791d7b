package com.wealthai.crm.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The form notes are searched in: width and case do not matter, LIKE's wildcards are taken literally. */
class SearchTextTest {

    @Test
    void fullWidthLettersHalfWidthKanaAndCaseAreFolded() {
        assertThat(SearchText.normalise("ＮＩＳＡ　ｶﾌﾞ Fund")).isEqualTo("nisa カブ fund");
    }

    @Test
    void theSearchTextHoldsTitleAndPlainContentButNoMarkup() {
        assertThat(SearchText.of("投資信託", "<p><strong>乗り換え</strong>&amp;提案</p>")).isEqualTo("投資信託\n乗り換え&提案");
    }

    @Test
    void wildcardsInTheQueryMatchThemselves() {
        assertThat(SearchText.containsPattern("100%_達成")).isEqualTo("%100\\%\\_達成%");
    }
}
