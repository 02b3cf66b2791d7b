package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.fake.FakeBedrock;
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
 * What the customers module adds to the rest of the app, in a real browser: the dashboard tile with
 * the caller's customers by risk tolerance (and by rep for a manager), and the "ask AI" button of the
 * customer page, which opens a conversation about that customer and is gone while the ai module is off.
 */
@ExtendWith(ArquillianExtension.class)
class CustomersDashboardBrowserIT {

    private static final String PASSWORD = "wealthai-demo";

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

    private long customerId(String code) {
        return Api.at(app).basic("admin", PASSWORD).get("api/customers?q=" + code).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void theDashboardShowsARepsCustomersByRiskToleranceAsAChart() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/dashboard.xhtml");

            browser.waitFor(By.cssSelector("#customers-breakdown canvas"));
            assertThat(browser.text(By.tagName("main"))).contains("顧客の内訳").contains("リスク許容度別");
            assertThat(browser.driver().findElement(By.id("customers-by-risk-counts")).getAttribute("textContent"))
                    .contains("安定型: 1").contains("安定成長型: 1").contains("成長型: 1").contains("積極型: 0");
            assertThat(browser.driver().findElements(By.cssSelector("#customers-breakdown [id$='customersByRep']")))
                    .as("a rep's own book has one rep: no bars by rep").isEmpty();
            browser.screenshot("customers-dashboard-widget");
        }
        try (Browser browser = Browser.open(app)) {
            browser.login("manager", PASSWORD);
            browser.go("/dashboard.xhtml");

            browser.waitFor(By.cssSelector("#customers-breakdown [id$='customersByRep'] canvas"));
            assertThat(browser.text(By.id("customers-breakdown"))).contains("担当者別");
            browser.screenshot("customers-dashboard-manager");
        }
    }

    @Test
    void theCustomerPageOpensAConversationAboutTheCustomer() {
        long yamada = customerId("C0001");
        bedrock.replyToolUse("tu-1", "get_customer_profile", "{\"customer_id\":" + yamada + "}")
                .replyText("""
                        ## 山田 太郎様への提案のポイント
                        - リスク許容度は **安定成長型**、投資経験は5年以上
                        - 年収は1,000万〜2,000万円の帯：積極型の商品は適合性の確認が必要です

                        根拠：customer:%d のプロフィール""".formatted(yamada));
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + yamada);

            assertThat(browser.waitFor(By.cssSelector("#askAi a")).getAttribute("href")).endsWith("/ai/chat.xhtml?customer=" + yamada);
            assertThat(browser.text(By.id("askAi"))).isEqualTo("AIに相談");
            browser.click(By.cssSelector("#askAi a"));
            assertThat(browser.text(By.id("chatForm:ai-customer-chip"))).contains(String.valueOf(yamada));

            browser.click(By.id("chatForm:suggest1"));
            browser.waitFor(By.cssSelector(".ai-assistant .ai-markdown h2"));
            assertThat(browser.text(By.cssSelector(".ai-tool"))).contains("get_customer_profile");
            assertThat(browser.text(By.cssSelector(".ai-assistant .ai-markdown strong"))).isEqualTo("安定成長型");
            assertThat(bedrock.received().get(0).body()).contains("この会話の対象は顧客ID " + yamada);
            assertThat(bedrock.received().get(1).body()).contains("STABLE_GROWTH").doesNotContain("090-1111-0001");
            browser.screenshot("ai-from-customer");
        }
    }

    @Test
    void theAskAiButtonIsGoneWhileTheAiModuleIsOff() {
        long yamada = customerId("C0001");
        Api admin = Api.at(app).basic("admin", PASSWORD);
        try (Browser browser = Browser.open(app)) {
            assertThat(admin.put("api/admin/modules/ai", "{\"enabled\":false}").status()).isEqualTo(200);
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + yamada);

            browser.waitFor(By.id("edit"));
            assertThat(browser.driver().findElements(By.id("askAi"))).isEmpty();
        } finally {
            admin.put("api/admin/modules/ai", "{\"enabled\":true}");
        }
    }
}
