package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Holdings in a real browser with the demo book: the rep opens a customer and sees the positions with
 * gains and losses, the totals, the allocation chart and the suitability warning; records a sell in
 * two steps and is told off, in Japanese, for selling more than is held; browses the book-wide list,
 * which shows only their own customers; and sees the dashboard tiles. Screenshots land in
 * target/screenshots/holdings-*.png.
 */
@ExtendWith(ArquillianExtension.class)
class HoldingsBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    /** The shell's notices (saved, refused …). */
    private static final By GROWL = By.cssSelector(".ui-growl");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api r001() {
        return Api.at(app).basic("r001", PASSWORD);
    }

    /** 山田 太郎 (C0001, R001's book): Toyota bought above his tolerance, US treasuries at a loss, an ETF at a gain. */
    private static final long YAMADA = 1;

    @Test
    void theCustomerPageShowsHoldingsWithGainsLossesAllocationAndWarnings() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + YAMADA);
            WebElement section = section(browser);
            String text = section.getText();
            assertThat(text).contains("評価損益", "実現損益", "トヨタ自動車", "TOPIX連動型上場投信", "米国債 10年", "適合性の注意");
            assertThat(browser.driver().findElements(By.cssSelector("#holdingsForm\\:positions .unrealised-cell .gain"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#holdingsForm\\:positions .unrealised-cell .loss"))).isNotEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#holdingsForm\\:allocationChart canvas"))).isNotEmpty();
            assertThat(browser.texts(By.cssSelector("#holdingsForm\\:trades .tag"))).contains("売却", "買付");
            scrollTo(browser, "section-holdings");
            browser.screenshot("holdings-customer-section");

            browser.size(Browser.PHONE).go("/customers/detail.xhtml?id=" + YAMADA);
            browser.waitFor(By.cssSelector(".holdings-section"));
            scrollTo(browser, "section-holdings");
            browser.screenshot("holdings-customer-section-phone");
        }
    }

    @Test
    void aSellIsConfirmedWithTheResultingPositionAndOversellingIsRefused() {
        JsonObject before = r001().get("api/holdings/customer/" + YAMADA).json();
        JsonObject etf = before.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("product_code").equals("ETF-1306")).findFirst().orElseThrow();
        int held = etf.getJsonNumber("quantity").intValue();

        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + YAMADA);
            browser.waitFor(By.id("holdingsForm:openTrade"));
            browser.click(By.id("holdingsForm:openTrade"));
            chooseProduct(browser, "ETF-1306");
            press(browser, By.xpath("//div[@id='tradeForm:type']//div[contains(@class,'ui-button')][.//span[text()='売却']]"));
            type(browser, "tradeForm:quantity_input", String.valueOf(held + 1000));
            type(browser, "tradeForm:unitPrice_input", "2900");
            press(browser, By.id("tradeForm:check"));
            browser.waitForText(By.id("tradeForm:tradeMessages"), "売却できません");
            browser.screenshot("holdings-trade-oversell");

            type(browser, "tradeForm:quantity_input", "100");
            press(browser, By.id("tradeForm:check"));
            browser.waitForText(By.id("quantityAfter"), String.format("%,d", held - 100));
            browser.screenshot("holdings-trade-confirm");
            press(browser, By.id("tradeForm:record"));
            browser.waitForText(GROWL, "取引を登録しました");
        }
        JsonObject after = r001().get("api/holdings/customer/" + YAMADA).json();
        assertThat(after.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("product_code").equals("ETF-1306")).findFirst().orElseThrow()
                .getJsonNumber("quantity").intValue()).isEqualTo(held - 100);
    }

    @Test
    void theHoldingsListShowsTheRepsOwnBookAndTheDashboardItsTiles() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            closeFollowUpAlert(browser);
            assertThat(browser.menu()).contains("保有商品");
            browser.click(By.cssSelector("nav.sidebar a[href$='/holdings/list.xhtml']"));
            List<String> customers = browser.textsWhen(By.cssSelector("#holdingsList\\:holdings a.customer-name"), c -> !c.isEmpty());
            assertThat(customers).isNotEmpty().allSatisfy(c -> assertThat(c).isIn("山田 太郎", "中村 花子", "小林 誠"));
            assertThat(browser.text(By.id("holdingsList:totals"))).contains("合計（8件）", "評価損益");
            browser.screenshot("holdings-list");

            browser.driver().findElement(By.id("holdingsList:text")).sendKeys("トヨタ");
            browser.click(By.id("holdingsList:search"));
            List<String> products = browser.textsWhen(By.cssSelector("#holdingsList\\:holdings .product-name"),
                    p -> p.stream().allMatch("トヨタ自動車"::equals));
            assertThat(products).containsOnly("トヨタ自動車");

            browser.size(Browser.PHONE).go("/holdings/list.xhtml");
            browser.waitFor(By.cssSelector("#holdingsList\\:holdings"));
            browser.screenshot("holdings-list-phone");

            browser.size(Browser.DESKTOP).go("/dashboard.xhtml");
            closeFollowUpAlert(browser);
            assertThat(browser.waitFor(By.id("aum-widget")).getText()).contains("評価額");
            assertThat(browser.text(By.id("movers-widget"))).contains("含み益", "含み損");
            scrollTo(browser, "aum-widget");
            browser.screenshot("holdings-dashboard");
        }
    }

    @Test
    void anAdministratorUpdatesPricesFromCsvAllRowsOrNone() {
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1).toString();
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            closeFollowUpAlert(browser);
            browser.click(By.cssSelector("nav.sidebar a[href$='/holdings/products.xhtml']"));
            assertThat(browser.texts(By.cssSelector("#productsForm\\:products td.mono"))).contains("7203", "UST-2Y");

            browser.waitFor(By.id("productsForm:csv")).sendKeys("product_code,date,price\n7203," + yesterday + ",2860\nNOPE," + yesterday + ",1\n");
            browser.click(By.id("productsForm:import"));
            browser.waitForText(By.cssSelector(".import-errors"), "NOPE");
            assertThat(browser.text(GROWL)).contains("取り込んでいません");
            browser.screenshot("holdings-products-import-error");

            browser.driver().findElement(By.id("productsForm:csv")).clear();
            browser.driver().findElement(By.id("productsForm:csv")).sendKeys("product_code,date,price\n7203," + yesterday + ",2860\n");
            browser.click(By.id("productsForm:import"));
            browser.waitForText(GROWL, "1件の価格を取り込み");
        }
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            assertThat(browser.menu()).doesNotContain("商品マスタ");
        }
    }

    /** The holdings section; on failure the page's text says why (an error page, a missing section). */
    private static WebElement section(Browser browser) {
        try {
            return browser.waitFor(By.cssSelector(".holdings-section"));
        } catch (RuntimeException e) {
            browser.screenshot("holdings-section-failed");
            throw new AssertionError("no holdings section at " + browser.url() + ": "
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Types the product code into the picker and takes the suggestion, as a user would. */
    private static void chooseProduct(Browser browser, String code) {
        WebElement input = browser.waitFor(By.id("tradeForm:product_input"));
        input.sendKeys(code);
        WebElement suggestion = browser.waitFor(By.cssSelector("#tradeForm\\:product_panel li.ui-autocomplete-item[data-item-value='" + code + "']"));
        suggestion.click();
        assertThat(input.getAttribute("value")).startsWith(code + " ");
    }

    /** Clicks a control of the dialog where it is, even when the dialog reaches below the window's edge. */
    private static void press(Browser browser, By locator) {
        WebElement element = browser.waitFor(locator);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static Object js(Browser browser, String script) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(script);
    }

    /** Scrolls an element to the top of the viewport, below the fixed top bar. */
    private static void scrollTo(Browser browser, String id) {
        js(browser, "var e = document.getElementById('" + id + "'); (e.closest('.widget') || e).scrollIntoView(); window.scrollBy(0, -64);");
    }

    private static void type(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private static void closeFollowUpAlert(Browser browser) {
        List<WebElement> alert = browser.driver().findElements(By.cssSelector("#followUpAlert .ui-dialog-titlebar-close"));
        if (!alert.isEmpty() && alert.get(0).isDisplayed()) {
            alert.get(0).click();
        }
    }
}
