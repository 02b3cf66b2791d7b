package com.wealthai.crm.ai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model's Markdown becomes formatting, never active content. */
class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void formattingIsKept() {
        assertThat(renderer.toHtml("## 要点\n- **リスク**：価格変動")).contains("<h2>要点</h2>").contains("<strong>リスク</strong>");
    }

    @Test
    void scriptsAndDangerousLinksAreNeutralised() {
        String html = renderer.toHtml("<script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img").doesNotContain("onerror=alert");
    }
}
