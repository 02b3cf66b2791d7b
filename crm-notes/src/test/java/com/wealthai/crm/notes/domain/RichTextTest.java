package com.wealthai.crm.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What survives saving a note's rich text, and what never reaches another user's browser. */
class RichTextTest {

    @Test
    void scriptTagsAreRemovedWithTheirContent() {
        String clean = RichText.sanitise("<p>面談しました<script>alert('x')</script></p>");

        assertThat(clean).isEqualTo("<p>面談しました</p>");
    }

    @Test
    void eventHandlersAreRemovedButTheElementStays() {
        assertThat(RichText.sanitise("<p onclick=\"steal()\" onmouseover=\"x()\">提案</p><img src=x onerror=alert(1)>"))
                .isEqualTo("<p>提案</p>");
    }

    @Test
    void javascriptUrlsAreRemovedWhileWebLinksStay() {
        assertThat(RichText.sanitise("<a href=\"javascript:alert(1)\">危険</a>")).doesNotContain("javascript").contains("危険");
        assertThat(RichText.sanitise("<a href=\"JaVaScRiPt:alert(1)\">x</a>")).doesNotContainIgnoringCase("javascript");
        assertThat(RichText.sanitise("<a href=\"https://example.jp/fund\">資料</a>"))
                .isEqualTo("<a href=\"https://example.jp/fund\" rel=\"noopener noreferrer\">資料</a>");
    }

    @Test
    void framesFormsStylesWithUrlsAndSvgAreRemoved() {
        String clean = RichText.sanitise("<iframe src=\"https://evil\"></iframe><form action=x><input name=p></form>"
                + "<svg onload=alert(1)></svg><p style=\"background:url(javascript:alert(1))\">本文</p>");

        assertThat(clean).isEqualTo("<p>本文</p>");
    }

    @Test
    void formattingOfTheEditorIsKept() {
        String html = "<p class=\"ql-align-center\"><strong>太字</strong> <em>斜体</em> <u>下線</u> <s>取消</s></p>"
                + "<ol><li>一</li><li>二</li></ol><ul><li>箇条</li></ul><blockquote>引用</blockquote>"
                + "<p><span style=\"color:#e60000\">赤</span><br /></p>";

        assertThat(RichText.sanitise(html)).isEqualTo(html.replace("color:#e60000", "color:#e60000"));
    }

    @Test
    void emptyOrOnlyDangerousContentBecomesNoContent() {
        assertThat(RichText.sanitise(null)).isNull();
        assertThat(RichText.sanitise("<p><br></p>")).isNull();
        assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
    }

    @Test
    void plainTextKeepsTheWordsAndLineBreaksAndDecodesEntities() {
        assertThat(RichText.plainText("<p>投資信託&amp;債券</p><p>1 &lt; 2</p>")).isEqualTo("投資信託&債券\n1 < 2");
    }
}
