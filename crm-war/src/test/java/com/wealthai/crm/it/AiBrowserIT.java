package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.fake.FakeBedrock;
import com.wealthai.crm.labs.LabsAiTool;
import com.wealthai.crm.labs.LabsDemoUsers;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The AI chat page in a real browser against the fake Bedrock: a rep asks about a customer of their
 * book, the tool call and the Markdown answer appear (a script in the answer stays text), an error
 * is said in the chat and the conversation is kept, a conversation is renamed and deleted.
 */
@ExtendWith(ArquillianExtension.class)
class AiBrowserIT {

    private static final FakeBedrock bedrock = ItBedrock.fake();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @BeforeEach
    void clearScript() {
        bedrock.reset();
    }

    @Test
    void aRepAsksAboutACustomerAndSeesTheToolCallAndTheAnswer() {
        bedrock.replyToolUse("tu-1", LabsAiTool.NAME, "{\"customer_id\":901}")
                .replyText("""
                        ## 顧客901 への提案のポイント
                        - 保有：**ラボ電機 300株**（評価額 1,245,000円）
                        - 許容リスクは *MODERATE*。単一銘柄への集中はリスクです。
                        <script>window.hacked = true</script>
                        根拠：customer:901 のポートフォリオ""");
        try (Browser browser = Browser.open(app)) {
            browser.login("labrep1", LabsDemoUsers.PASSWORD);
            browser.go("/ai/chat.xhtml?customer=901");
            assertThat(browser.menu()).contains("AI チャット");
            assertThat(browser.text(By.id("chatForm:ai-customer-chip"))).contains("901");

            browser.click(By.id("chatForm:suggest1"));
            browser.waitFor(By.cssSelector(".ai-assistant .ai-markdown h2"));

            assertThat(browser.text(By.cssSelector(".ai-user .ai-text"))).isEqualTo("この顧客への提案のポイントは？");
            assertThat(browser.text(By.cssSelector(".ai-tool"))).contains(LabsAiTool.NAME).contains("901");
            assertThat(browser.text(By.cssSelector(".ai-assistant .ai-markdown strong"))).isEqualTo("ラボ電機 300株");
            assertThat(browser.driver().findElements(By.cssSelector(".ai-markdown script"))).isEmpty();
            assertThat(browser.text(By.id("ai-usage"))).contains("トークン");
            assertThat(browser.text(By.id("ai-conversation-list"))).contains("この顧客への提案のポイントは？");
            browser.screenshot("ai-chat-tool-call");
        }
    }

    @Test
    void aTypedQuestionIsAnsweredByStreamingAndTheAnswerIsKeptInTheThread() {
        bedrock.replyStreamText("ポートフォリオの主なリスクは", "**価格変動**と", "為替です。");
        try (Browser browser = Browser.open(app)) {
            browser.login("labrep1", LabsDemoUsers.PASSWORD);
            browser.go("/ai/chat.xhtml");
            browser.waitFor(By.id("chatForm:question")).sendKeys("ポートフォリオのリスクを説明して");
            browser.click(By.id("chatForm:send"));

            // After the stream ends the page shows the saved conversation, rendered as Markdown.
            browser.waitForText(By.cssSelector(".ai-assistant .ai-markdown"), "為替です。");
            assertThat(browser.text(By.cssSelector(".ai-assistant .ai-markdown strong"))).isEqualTo("価格変動");
            assertThat(browser.url()).contains("/ai/chat.xhtml?c=");
            assertThat(bedrock.received().get(0).path()).endsWith("/converse-stream");
            browser.screenshot("ai-chat-streamed");
        }
    }

    @Test
    void aThrottledQuestionIsSaidInTheChatAndTheConversationIsKept() {
        bedrock.repeatError(5, 429, "ThrottlingException", "Too many requests");
        try (Browser browser = Browser.open(app)) {
            browser.login("labrep2", LabsDemoUsers.PASSWORD);
            browser.go("/ai/chat.xhtml");
            browser.waitFor(By.id("chatForm:question")).sendKeys("期日が近いフォローアップを教えて");
            browser.click(By.id("chatForm:send"));

            browser.waitForText(By.cssSelector(".ai-error .notice"), "混み合っています");
            assertThat(browser.text(By.id("ai-conversation-list"))).contains("期日が近いフォローアップを教えて");
            browser.screenshot("ai-chat-error");

            browser.driver().findElement(By.id("chatForm:title")).clear();
            browser.driver().findElement(By.id("chatForm:title")).sendKeys("フォローアップ確認");
            browser.click(By.id("chatForm:rename"));
            browser.waitForText(By.id("ai-conversation-list"), "フォローアップ確認");

            browser.click(By.cssSelector("#ai-conversation-list li.current button"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitFor(By.xpath("//*[@id='ai-conversation-list' and not(contains(., 'フォローアップ確認'))]"));
        }
    }
}
