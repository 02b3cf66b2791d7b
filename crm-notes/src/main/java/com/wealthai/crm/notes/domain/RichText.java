package com.wealthai.crm.notes.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.CssSchema;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text of a note, cleaned on the way in by the OWASP HTML sanitizer: only the formatting
 * the editor produces survives (paragraphs, bold, italics, lists, quotes, links to http/https/mailto,
 * colours and alignment). Scripts, event handlers, {@code javascript:} URLs, frames and forms are
 * dropped, so what one user saves can never run in another user's browser.
 */
public final class RichText {

    private static final PolicyFactory FORMATTING = new HtmlPolicyBuilder()
            .allowElements("p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "strike", "sub", "sup",
                    "ul", "ol", "li", "blockquote", "pre", "code", "h1", "h2", "h3", "a")
            .allowAttributes("href").onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener", "noreferrer")
            // the editor's alignment and indentation classes, and nothing else
            .allowAttributes("class").matching(Pattern.compile("(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*"))
            .onElements("p", "li", "h1", "h2", "h3", "blockquote", "pre")
            .allowStyling(CssSchema.withProperties(List.of("color", "background-color", "text-align")))
            .toFactory();

    private static final PolicyFactory NO_TAGS = new HtmlPolicyBuilder().toFactory();

    private static final Pattern BLOCK_END = Pattern.compile("(?i)(<br\\s*/?>|</(p|div|li|h[1-3]|blockquote|pre)>)");

    private RichText() {
    }

    /** The HTML with only the allowed formatting left; null and blank give null. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = FORMATTING.sanitize(html).strip();
        return clean.isEmpty() || plainText(clean).isBlank() ? null : clean;
    }

    /** The text a reader sees, blocks on lines of their own: for search, e-mails and the AI. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String withLineBreaks = BLOCK_END.matcher(html).replaceAll("$1\n");
        return Encoding.decodeHtml(NO_TAGS.sanitize(withLineBreaks)).replace('\u00a0', ' ').strip();
    }
}
