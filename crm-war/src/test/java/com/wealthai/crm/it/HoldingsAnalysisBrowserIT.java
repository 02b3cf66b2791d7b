package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The portfolio analysis page in a real browser with the demo book: r001 opens 山田's analysis from
 * the customer page and reads the same Herfindahl index, maturities and inflows as the API gives; a
 * manager opens a rep's book from the list's link; another rep's customer or rep is not found.
 * Screenshots land in target/screenshots/holdings-analysis*.png and holdings-book-analysis.png.
 */
@ExtendWith(ArquillianExtension.class)
class HoldingsAnalysisBrowserIT {

    private static final String PASSWORD = "wealthai-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api as(String login) {
        return Api.at(app).basic(login, PASSWORD);
    }

    private long customerId(String code) {
        return as("admin").get("api/customers?q=" + code).json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long repId(String code) {
        return as("admin").get("api/sales-reps").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("rep_code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aRepOpensTheCustomersAnalysisAndSeesConcentrationMaturitiesAndInflows() {
        long yamada = customerId("C0001");
        JsonObject api = as("r001").get("api/customers/" + yamada + "/portfolio").json();
        String herfindahl = api.getJsonNumber("herfindahl_index").bigDecimalValue().setScale(4, RoundingMode.HALF_UP).toPlainString();
        BigDecimal inflowTotal = api.getJsonArray("cash_inflows_next_12_months").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getJsonNumber("amount_jpy").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);

        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/customers/detail.xhtml?id=" + yamada);
            browser.click(By.id("holdingsForm:openAnalysis"));
            analysisPage(browser);
            assertThat(browser.url()).contains("/holdings/analysis.xhtml?customer=" + yamada);
            assertThat(browser.text(By.id("subject-name"))).isEqualTo("山田 太郎");
            assertThat(browser.text(By.id("analysis-market")))
                    .isEqualTo(String.format("¥%,d", api.getJsonNumber("market_value_jpy").longValue()));

            String concentration = browser.text(By.id("herfindahl"));
            assertThat(concentration).startsWith(herfindahl).containsAnyOf("分散", "やや集中", "集中");
            assertThat(browser.text(By.id("herfindahl-caption"))).contains("0.15", "0.25");
            assertThat(browser.text(By.id("largest-position")))
                    .contains(api.getJsonObject("largest_position").getString("product_name"));

            for (String chart : List.of("categoryChart", "currencyChart", "riskChart", "historyChart", "ladderChart")) {
                assertThat(browser.driver().findElements(By.cssSelector("[id$='" + chart + "'] canvas"))).as(chart).isNotEmpty();
            }
            String ladder = browser.text(By.id("maturity-ladder"));
            api.getJsonArray("maturity_ladder").getValuesAs(JsonObject.class)
                    .forEach(y -> assertThat(ladder).contains(y.getInt("year") + "年"));
            assertThat(browser.text(By.id("valuation-history"))).contains("現在の保有数量で評価");

            String inflows = browser.text(By.id("cash-inflows"));
            assertThat(inflows).contains("利金", "米国債 10年").contains(String.format("¥%,d", inflowTotal.longValue()));
            wholePage(browser).screenshot("holdings-analysis");

            browser.size(Browser.PHONE).go("/holdings/analysis.xhtml?customer=" + yamada);
            analysisPage(browser);
            // the concentration and the history, below the totals and the three allocations
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('concentration').scrollIntoView(); window.scrollBy(0, -64);");
            browser.screenshot("holdings-analysis-phone");
        }
    }

    @Test
    void aManagerOpensARepsBookFromTheListAndARepNeitherAnotherRepsBookNorTheirCustomer() {
        long suzuki = repId("R002");
        JsonObject book = as("manager").get("api/portfolio?rep_id=" + suzuki).json();
        try (Browser browser = Browser.open(app)) {
            browser.login("manager", PASSWORD);
            browser.go("/holdings/list.xhtml");
            browser.click(By.id("holdingsList:openAnalysis"));
            analysisPage(browser);
            assertThat(browser.text(By.id("subject-name"))).isEqualTo("担当範囲全体");

            // choose the rep through the menu's own API: its overlay list is a moving target for clicks
            browser.waitFor(By.id("repChoice:rep"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "PF('repMenu').selectValue(arguments[0]); PF('repMenu').triggerChange();", String.valueOf(suzuki));
            browser.waitForText(By.id("subject-name"), "鈴木 美咲");
            assertThat(browser.url()).endsWith("/holdings/analysis.xhtml?rep=" + suzuki);
            assertThat(browser.text(By.id("analysis-market")))
                    .isEqualTo(String.format("¥%,d", book.getJsonNumber("market_value_jpy").longValue()));
            assertThat(browser.text(By.id("herfindahl"))).startsWith(book.getJsonNumber("herfindahl_index").bigDecimalValue()
                    .setScale(4, RoundingMode.HALF_UP).toPlainString());
            wholePage(browser).screenshot("holdings-book-analysis");
        }
        try (Browser rep = Browser.open(app)) {
            rep.login("r001", PASSWORD);
            rep.go("/holdings/analysis.xhtml?rep=" + suzuki);
            assertThat(rep.text(By.tagName("main"))).contains("見つかりません");
            rep.go("/holdings/analysis.xhtml?customer=" + customerId("C0004"));
            assertThat(rep.text(By.tagName("main"))).contains("見つかりません");
            assertThat(rep.driver().getPageSource()).doesNotContain("加藤 恵子");
        }
    }

    /** A window as tall as the page (at most 2,400 px), so one screenshot shows every part of the analysis. */
    private static Browser wholePage(Browser browser) {
        long height = ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        return browser.size(new org.openqa.selenium.Dimension(Browser.DESKTOP.width, (int) Math.min(2400, height + 140)));
    }

    /** The analysis page; on failure the page's text says why (an error page, a missing part). */
    private static void analysisPage(Browser browser) {
        try {
            browser.waitFor(By.id("portfolio-analysis"));
        } catch (RuntimeException e) {
            browser.screenshot("holdings-analysis-failed");
            throw new AssertionError("no analysis at " + browser.url() + ": "
                    + browser.driver().findElement(By.tagName("body")).getText(), e);
        }
    }
}
