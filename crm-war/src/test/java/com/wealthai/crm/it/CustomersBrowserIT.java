package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The customer pages in a real browser, as a rep uses them: a kana search in any spelling, the
 * detail page, a form that explains each wrong field, the duplicate warning, the second of two
 * concurrent saves refused with the user's input kept, and another rep's customer answering 404.
 * Screenshots land in target/screenshots/customers-*.png.
 */
@ExtendWith(ArquillianExtension.class)
class CustomersBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final By ROW_NAMES = By.cssSelector("#customersForm\\:customers a.customer-name");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private static void search(Browser browser, String text) {
        WebElement box = browser.waitFor(By.id("customersForm:text"));
        box.clear();
        box.sendKeys(text);
        browser.click(By.id("customersForm:search"));
    }

    /** Picks an entry of a PrimeFaces drop-down by its label, as a user does. */
    private static void choose(Browser browser, String field, String label) {
        browser.choose("customerForm:" + field, label);
    }

    @Test
    void aRepFindsTheirCustomerByKanaInAnySpellingAndOpensTheDetail() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/list.xhtml");
            List<String> book = browser.textsWhen(ROW_NAMES, names -> !names.isEmpty());
            assertThat(book).contains("山田 太郎", "中村 花子", "小林 誠").doesNotContain("加藤 恵子");
            browser.screenshot("customers-list");

            search(browser, "やまだ");
            assertThat(browser.textsWhen(ROW_NAMES, names -> names.size() == 1)).containsExactly("山田 太郎");
            search(browser, "ﾅｶﾑﾗ");
            assertThat(browser.textsWhen(ROW_NAMES, names -> names.equals(List.of("中村 花子")))).containsExactly("中村 花子");
            search(browser, "カトウ");
            browser.waitForText(By.cssSelector("#customersForm\\:customers .ui-datatable-empty-message"), "");
            assertThat(browser.texts(ROW_NAMES)).isEmpty();

            search(browser, "中村");
            browser.textsWhen(ROW_NAMES, names -> names.equals(List.of("中村 花子")));
            browser.click(By.linkText("中村 花子"));
            assertThat(browser.text(By.tagName("h1"))).contains("中村 花子");
            assertThat(browser.text(By.id("profile"))).contains("ナカムラ ハナコ").contains("歳");
            assertThat(browser.text(By.id("suitability"))).contains("安定型");
            assertThat(browser.text(By.id("contact"))).contains("090-1111-0002");
            browser.screenshot("customers-detail");

            browser.go("/customers/list.xhtml");
            assertThat(browser.waitFor(By.id("customersForm:text")).getAttribute("value"))
                    .as("the search survives going back to the list").isEqualTo("中村");
        }
    }

    @Test
    void theExportHoldsTheFilteredListOfTheRepsOwnBookOnly() throws Exception {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/list.xhtml");
            search(browser, "");
            browser.textsWhen(ROW_NAMES, names -> names.size() >= 3);
            browser.click(By.id("customersForm:exportCsv"));

            String csv = java.nio.file.Files.readString(browser.downloaded(".csv"));
            assertThat(csv).contains("山田 太郎", "中村 花子", "小林 誠");
            assertThat(csv).doesNotContain("加藤 恵子").doesNotContain("松本 和子").doesNotContain("関西精工");
        }
    }

    @Test
    void anAdministratorAddsASalesRepAndARepCannotOpenThePage() {
        String code = "R" + (100 + System.currentTimeMillis() % 800);
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/customers/reps.xhtml");
            By codes = By.cssSelector("#repsForm\\:reps td.mono");
            assertThat(browser.textsWhen(codes, c -> c.size() >= 7)).contains("R001", "R007");

            browser.click(By.id("repsActions:newRep"));
            browser.waitFor(By.id("repForm:repCode")).sendKeys(code);
            browser.driver().findElement(By.id("repForm:name")).sendKeys("試験 担当");
            browser.driver().findElement(By.id("repForm:branch")).sendKeys("横浜支店");
            browser.driver().findElement(By.id("repForm:email")).sendKeys("not-an-email");
            browser.click(By.id("repForm:save"));
            browser.waitForText(By.id("repForm"), "形式が正しくありません");
            browser.screenshot("customers-reps-errors");

            WebElement email = browser.driver().findElement(By.id("repForm:email"));
            email.clear();
            email.sendKeys("shiken@wealthai.example");
            browser.click(By.id("repForm:save"));
            assertThat(browser.textsWhen(codes, c -> c.contains(code))).contains(code);
            browser.screenshot("customers-reps");
        }
        try (Browser rep = Browser.open(app)) {
            rep.login("r001", PASSWORD);
            rep.go("/customers/reps.xhtml");
            assertThat(rep.text(By.tagName("main"))).contains("見つかりません");
            assertThat(rep.menu()).doesNotContain("営業担当者");
        }
    }

    @Test
    void anotherRepsCustomerIsNotFound() {
        long othersCustomer = Api.at(app).basic("admin", PASSWORD).get("api/customers?q=C0004").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + othersCustomer);

            assertThat(browser.driver().getPageSource()).doesNotContain("加藤 恵子").doesNotContain("090-3333-0004");
            assertThat(browser.text(By.tagName("main"))).contains("見つかりません");
        }
    }

    @Test
    void theFormExplainsEachWrongFieldAndWarnsOfAPossibleDuplicate() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/edit.xhtml");
            browser.waitFor(By.id("customerForm:customerCode")).sendKeys("B" + System.currentTimeMillis() % 10_000_000);
            browser.driver().findElement(By.id("customerForm:name")).sendKeys("山田 太郎");
            browser.driver().findElement(By.id("customerForm:nameKana")).sendKeys("yamada");
            browser.driver().findElement(By.id("customerForm:email")).sendKeys("not-an-email");
            browser.driver().findElement(By.id("customerForm:phone")).sendKeys("090-1111-0001");
            browser.click(By.id("customerForm:save"));

            browser.waitForText(By.id("customerForm"), "カナ");
            String errors = browser.text(By.id("customerForm"));
            assertThat(errors).contains("メールアドレス");
            browser.screenshot("customers-form-errors");

            WebElement kana = browser.driver().findElement(By.id("customerForm:nameKana"));
            kana.clear();
            kana.sendKeys("ヤマダ タロウ");
            WebElement email = browser.driver().findElement(By.id("customerForm:email"));
            email.clear();
            email.sendKeys("taro2@example.jp");
            choose(browser, "riskTolerance", "安定型");
            choose(browser, "investmentExperience", "5年以上");
            browser.click(By.id("customerForm:save"));

            browser.waitForText(By.id("customerForm:duplicates"), "C0001");
            assertThat(browser.text(By.id("customerForm:duplicates"))).contains("山田 太郎");
            browser.screenshot("customers-duplicate-warning");
        }
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndKeepsTheInput() {
        long customer = Api.at(app).basic("r002", PASSWORD).get("api/customers?q=C0005").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        try (Browser first = Browser.open(app); Browser second = Browser.open(app)) {
            first.login("r002", PASSWORD);
            second.login("r002", PASSWORD);
            first.go("/customers/edit.xhtml?id=" + customer);
            second.go("/customers/edit.xhtml?id=" + customer);

            WebElement occupation = first.waitFor(By.id("customerForm:occupation"));
            occupation.clear();
            occupation.sendKeys("先に保存した職業");
            first.click(By.id("customerForm:save"));
            first.waitFor(By.id("profile"));

            WebElement mine = second.waitFor(By.id("customerForm:occupation"));
            mine.clear();
            mine.sendKeys("後から保存した職業");
            second.click(By.id("customerForm:save"));

            second.waitForText(By.id("customerForm:formMessages"), "他のユーザーが先に更新しました");
            assertThat(second.driver().findElement(By.id("customerForm:occupation")).getAttribute("value")).isEqualTo("後から保存した職業");
            second.screenshot("customers-edit-conflict");
            first.go("/customers/detail.xhtml?id=" + customer);
            assertThat(first.text(By.id("profile")) + first.text(By.id("suitability"))).contains("先に保存した職業");
        }
    }
}
