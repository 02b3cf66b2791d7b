package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The product master (商品マスタ) in a real browser: an administrator adds a product in the dialog,
 * finds it with the filter, opens it, is told in Japanese at the field that a risk level of 7 is not
 * one, saves a correct change and sees it in the table, and is refused (input kept) a save over
 * another administrator's; a rep gets the page as if it did not exist.
 * The product is a new one with a code of its own, so the demo book other tests count is untouched.
 * Screenshot: target/screenshots/holdings-products-edit.png.
 */
@ExtendWith(ArquillianExtension.class)
class ProductsAdminBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final By GROWL = By.cssSelector(".ui-growl");
    private static final By CODES = By.cssSelector("#productsForm\\:products td.mono");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @Test
    void anAdministratorAddsFindsAndEditsAProductWithPerFieldErrors() {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/holdings/products.xhtml");
            assertThat(browser.texts(CODES)).contains("7203", "UST-2Y").hasSizeLessThanOrEqualTo(25);

            browser.click(By.id("productsActions:addProduct"));
            type(browser, "productForm:productCode", code);
            type(browser, "productForm:name", "ITグローバル債券ファンド");
            choose(browser, "category", "投資信託");
            type(browser, "productForm:riskLevel_input", "2");
            type(browser, "productForm:priceUnit_input", "10000");
            press(browser, By.id("productForm:save"));
            told(browser, "商品 " + code + " を追加しました");

            WebElement filter = browser.waitFor(By.id("productsForm:text"));
            filter.sendKeys(code.toLowerCase(), Keys.ENTER);
            assertThat(browser.textsWhen(CODES, codes -> codes.equals(List.of(code)))).containsExactly(code);

            browser.click(By.id("productsForm:products:0:edit"));
            browser.waitFor(By.cssSelector("#productDialog h3"));
            assertThat(browser.text(By.cssSelector("#productDialog h3"))).isEqualTo("商品の編集");
            assertThat(browser.driver().findElement(By.id("productForm:productCode")).isEnabled()).isFalse();
            assertThat(browser.text(By.id("activeHint"))).contains("削除できません");
            type(browser, "productForm:riskLevel_input", "7");
            type(browser, "productForm:name", "ITグローバル債券ファンド（為替ヘッジあり）");
            press(browser, By.id("productForm:save"));
            browser.waitForText(By.cssSelector("#productForm .ui-message-error"), "リスクは1から5までの整数で入力してください。");
            assertThat(browser.driver().findElement(By.id("productForm:name")).getAttribute("value"))
                    .isEqualTo("ITグローバル債券ファンド（為替ヘッジあり）");
            browser.screenshot("holdings-products-edit");

            type(browser, "productForm:riskLevel_input", "3");
            press(browser, By.id("productForm:save"));
            told(browser, "商品 " + code + " を保存しました");
            browser.waitUntilGone(By.id("productDialog"));
            browser.waitForText(By.cssSelector("#productsForm\\:products .product-name"), "（為替ヘッジあり）");
            assertThat(browser.text(By.cssSelector("#productsForm\\:products td.risk-cell"))).contains("3");

            // another administrator saves the product (through the API) while the dialog is open
            browser.click(By.id("productsForm:products:0:edit"));
            browser.waitFor(By.id("productForm:name"));
            Api other = Api.at(app).basic("admin", PASSWORD);
            String etag = other.get("api/products/" + code).header("ETag");
            assertThat(other.put("api/products/" + code, "{\"issuer\":\"別の管理者が設定\"}", etag).status()).isEqualTo(200);
            type(browser, "productForm:name", "私の変更");
            press(browser, By.id("productForm:save"));
            browser.waitForText(By.cssSelector("#productForm .ui-messages"), "他の利用者が保存しています");
            assertThat(browser.driver().findElement(By.id("productForm:name")).getAttribute("value")).isEqualTo("私の変更");
            assertThat(other.get("api/products/" + code).json().getString("name")).isEqualTo("ITグローバル債券ファンド（為替ヘッジあり）");
        }
    }

    @Test
    void aRepGetsThePageAsIfItDidNotExist() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            assertThat(browser.menu()).doesNotContain("商品マスタ");
            browser.go("/holdings/products.xhtml");
            assertThat(browser.text(By.cssSelector("h1.plain-title"))).isEqualTo("ページが見つかりません");
            assertThat(browser.driver().findElements(By.id("productsForm:products"))).isEmpty();
        }
    }

    /** Waits for the notice; on failure the dialog's text says why (a field's message, say). */
    private static void told(Browser browser, String notice) {
        try {
            browser.waitForText(GROWL, notice);
        } catch (RuntimeException e) {
            browser.screenshot("holdings-products-failed");
            throw new AssertionError("no notice \"" + notice + "\"; the dialog says: "
                    + browser.driver().findElement(By.id("productDialog")).getText(), e);
        }
    }

    private static void choose(Browser browser, String field, String label) {
        browser.choose("productForm:" + field, label);
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /** Clicks a control of the dialog where it is, even when the dialog reaches below the window's edge. */
    private static void press(Browser browser, By locator) {
        WebElement element = browser.waitFor(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }
}
