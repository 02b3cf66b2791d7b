package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The holdings tiles 適合性アラート and 90日以内の満期 and the list's 不適合のみ filter with its Excel
 * export, in a real browser on the demo book. Expected rows, from the demo data: r001's customers hold
 * two positions above their tolerance, 小林 誠's Apple (risk 5, 成長型 allows 4; 100 × $228.50 ×
 * 151.20 = ¥3,454,920) and 山田 太郎's Toyota (risk 4, 安定成長型 allows 3; 600 × 2,850 = ¥1,710,000),
 * and nothing maturing within 90 days; the head-office manager also sees 松本 和子's Toyota (安定型,
 * ¥1,425,000) and the dollar deposit of 株式会社丸の内テクノロジー maturing on the 15th two months
 * from now ($100,000 × 151.20 = ¥15,120,000); the administrator sees four alerts, 石川 勇 (80) among the
 * customers aged 75+ holding risk 4–5, and both holders of the deposit (¥756,000 more for 木村 さくら).
 */
@ExtendWith(ArquillianExtension.class)
class HoldingsDashboardBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final By ALERT_ROWS = By.cssSelector("#suitability-widget tr.alert-row");
    private static final By MATURITY_ROWS = By.cssSelector("#maturities-widget tr.maturity-row");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private long customerId(String code) {
        return Api.at(app).basic("admin", PASSWORD).get("api/customers?q=" + code).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void aRepSeesTheirUnsuitablePositionsAndTheManagerTheBranchsAndItsMaturities() {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/dashboard.xhtml");
            closeFollowUpAlert(browser);

            browser.waitFor(By.id("suitability-widget"));
            assertThat(browser.text(By.id("suitability-positions"))).isEqualTo("2");
            assertThat(browser.text(By.id("suitability-customers"))).isEqualTo("2");
            List<String> alerts = browser.texts(ALERT_ROWS);
            assertThat(alerts).hasSize(2);
            assertThat(alerts.get(0)).contains("小林 誠", "成長型", "Apple Inc.", "5 / 4", "¥3,454,920");
            assertThat(alerts.get(1)).contains("山田 太郎", "安定成長型", "トヨタ自動車", "4 / 3", "¥1,710,000");
            assertThat(browser.text(By.id("suitability-widget"))).doesNotContain("松本 和子");
            assertThat(browser.driver().findElement(By.cssSelector("#suitability-widget tr.alert-row a")).getAttribute("href"))
                    .endsWith("/customers/detail.xhtml?id=" + customerId("C0003"));

            assertThat(browser.driver().findElements(MATURITY_ROWS)).isEmpty();
            assertThat(browser.text(By.id("maturities-widget"))).isEqualTo("90日以内に満期を迎える保有はありません。");
        }
        try (Browser browser = Browser.open(app)) {
            browser.login("manager", PASSWORD);
            browser.go("/dashboard.xhtml");
            closeFollowUpAlert(browser);

            browser.waitFor(By.id("suitability-widget"));
            List<String> alerts = browser.texts(ALERT_ROWS);
            assertThat(alerts).hasSize(3);
            assertThat(alerts.get(2)).contains("松本 和子", "安定型", "トヨタ自動車", "4 / 2", "¥1,425,000");
            List<String> maturities = browser.texts(MATURITY_ROWS);
            String date = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusMonths(2).withDayOfMonth(15)
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd"));
            assertThat(maturities).singleElement().asString()
                    .contains(date, "株式会社丸の内テクノロジー", "米ドル定期預金 6か月", "100,000", "¥15,120,000");
            assertThat(browser.text(By.id("maturities-redemption"))).isEqualTo("¥15,120,000");
            assertThat(browser.text(By.id("maturities-widget"))).contains("合計 1件");
            assertThat(browser.driver().findElements(By.id("elderly-title"))).as("no one of 75+ in the head office's book").isEmpty();
        }
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/dashboard.xhtml");
            closeFollowUpAlert(browser);

            browser.waitFor(By.id("suitability-widget"));
            assertThat(browser.texts(ALERT_ROWS)).hasSize(4);
            // 石川 勇 (born 1946, 安定型) holds 500 三菱UFJ (risk 4): 500 × 1,780
            assertThat(browser.text(By.id("elderly-title"))).isEqualTo("75歳以上でリスク4–5を保有：1名");
            assertThat(browser.texts(By.cssSelector("#suitability-widget li.elderly-row"))).singleElement().asString()
                    .contains("石川 勇", "1件", "¥890,000");
            assertThat(browser.texts(MATURITY_ROWS)).hasSize(2);
            assertThat(browser.text(By.id("maturities-redemption"))).isEqualTo("¥15,876,000");
            scrollTo(browser, "suitability-widget");
            browser.screenshot("holdings-dashboard-alerts");
        }
    }

    @Test
    void theListShowsOnlyUnsuitablePositionsAndExportsThemAsExcel() throws Exception {
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/holdings/list.xhtml");
            closeFollowUpAlert(browser);
            browser.waitFor(By.cssSelector("#holdingsList\\:holdings"));
            assertThat(browser.text(By.id("holdingsList:totals"))).contains("合計（8件）");

            browser.click(By.cssSelector("#holdingsList\\:unsuitableOnly .ui-chkbox-box"));
            browser.click(By.id("holdingsList:search"));
            browser.waitForText(By.id("holdingsList:totals"), "合計（2件）");
            List<String> products = browser.textsWhen(By.cssSelector("#holdingsList\\:holdings .product-name"), p -> p.size() == 2);
            assertThat(products).containsExactly("Apple Inc.", "トヨタ自動車");
            assertThat(browser.texts(By.cssSelector("#holdingsList\\:holdings a.customer-name"))).containsExactly("小林 誠", "山田 太郎");
            assertThat(browser.text(By.id("holdingsList:totals"))).contains("¥5,164,920");
            browser.screenshot("holdings-list-unsuitable");

            browser.click(By.id("holdingsList:exportExcel"));
            List<List<String>> rows = new ArrayList<>();
            try (InputStream in = Files.newInputStream(browser.downloaded(".xlsx")); Workbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                DataFormatter cells = new DataFormatter();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    row.forEach(cell -> values.add(cells.formatCellValue(cell)));
                    rows.add(values);
                }
            }
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).contains("customer_code", "product_code");
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("C0003", "小林 誠", "AAPL", "Apple Inc.", "外国株式", "USD"));
            assertThat(rows).anySatisfy(r -> assertThat(r).contains("C0001", "山田 太郎", "7203", "トヨタ自動車"));
        }
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("var e = document.getElementById('" + id + "');"
                + " (e.closest('.widget') || e).scrollIntoView(); window.scrollBy(0, -64);");
    }

    private static void closeFollowUpAlert(Browser browser) {
        List<WebElement> alert = browser.driver().findElements(By.cssSelector("#followUpAlert .ui-dialog-titlebar-close"));
        if (!alert.isEmpty() && alert.get(0).isDisplayed()) {
            alert.get(0).click();
        }
    }
}
