package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Sales notes in a real browser: the alert after login and the overdue badge, the follow-up view with
 * one-click complete and postpone and its calendar, the notes list with Japanese search, the customer
 * timeline with quick-add, rich text that cannot run a script, and a concurrent edit that keeps the
 * user's input. Screenshots land in target/screenshots/notes-*.png.
 */
@ExtendWith(ArquillianExtension.class)
class NotesBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api r001() {
        return Api.at(app).basic("r001", PASSWORD);
    }

    private long customerOfR001() {
        return r001().get("api/sales-notes?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("customer_id").longValue();
    }

    /** An open note whose follow-up was due some days ago (the note itself written before that). */
    private JsonObject overdueNote(String title, int daysAgo) {
        LocalDate today = LocalDate.now(TOKYO);
        Api.Reply created = r001().post("api/sales-notes", "{\"customer_id\":" + customerOfR001() + ",\"note_type\":\"CALL\",\"title\":\"" + title
                + "\",\"note_date\":\"" + today.minusDays(daysAgo + 5) + "\",\"follow_up_date\":\"" + today.minusDays(daysAgo) + "\",\"priority\":\"HIGH\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void afterLoginTheRepIsAlertedToOverdueFollowUpsAndTheMenuCountsThem() {
        overdueNote("ログイン時に知らせる期限切れ", 2);
        try (Browser browser = Browser.open(app)) {
            browser.loginSeeingAlerts("r001", PASSWORD);

            String alert = browser.text(By.id("followUpAlert"));
            assertThat(alert).contains("対応が必要なフォローアップ").contains("ログイン時に知らせる期限切れ").contains("期限切れ");
            String badge = browser.text(By.cssSelector("nav.sidebar a[href$='/notes/list.xhtml'] .badge"));
            assertThat(Integer.parseInt(badge)).isPositive();
            browser.screenshot("notes-login-alert");

            browser.go("/dashboard.xhtml");
            browser.waitFor(By.id("follow-up-widget"));
            assertThat(browser.driver().findElements(By.id("followUpAlert"))).as("the alert comes once per session").isEmpty();
        }
    }

    @Test
    void aFollowUpIsCompletedOrPostponedWithOneClick() {
        overdueNote("完了にする期限切れ", 3);
        JsonObject postponed = overdueNote("延期する期限切れ", 4);
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/notes/follow-ups.xhtml");
            By overdue = By.cssSelector("#bucket-OVERDUE .follow-up .note-title");
            assertThat(browser.texts(overdue)).contains("完了にする期限切れ", "延期する期限切れ");
            browser.screenshot("notes-follow-ups");

            browser.click(By.xpath("//li[contains(@class,'follow-up')][.//a[text()='完了にする期限切れ']]//button[contains(@class,'complete')]"));
            browser.textsWhen(overdue, texts -> !texts.contains("完了にする期限切れ"));
            browser.click(By.xpath("//li[contains(@class,'follow-up')][.//a[text()='延期する期限切れ']]//button[contains(@class,'postpone')]"));
            List<String> after = browser.textsWhen(overdue, texts -> !texts.contains("延期する期限切れ"));
            assertThat(after).doesNotContain("完了にする期限切れ", "延期する期限切れ");
            // a day from today: this week's bucket, except on a Sunday, when it leaves this week's page
            LocalDate tomorrow = LocalDate.now(TOKYO).plusDays(1);
            assertThat(r001().get("api/sales-notes/" + postponed.getJsonNumber("note_id")).json().getString("follow_up_date"))
                    .isEqualTo(tomorrow.toString());
            List<String> thisWeek = browser.texts(By.cssSelector("#bucket-THIS_WEEK .follow-up .note-title"));
            if (tomorrow.getDayOfWeek() == DayOfWeek.MONDAY) {
                assertThat(thisWeek).doesNotContain("延期する期限切れ");
            } else {
                assertThat(thisWeek).contains("延期する期限切れ");
            }

            browser.click(By.xpath("//a[text()='カレンダー']"));
            browser.waitFor(By.cssSelector(".fc-daygrid-event, .fc-event"));
            browser.screenshot("notes-calendar");

            browser.size(Browser.PHONE).go("/notes/follow-ups.xhtml");
            browser.waitFor(By.cssSelector("#bucket-OVERDUE"));
            browser.screenshot("notes-follow-ups-phone");
        }
    }

    @Test
    void theListFindsJapaneseTextAnywhereInTitleOrContent() {
        Api.Reply created = r001().post("api/sales-notes", "{\"customer_id\":" + customerOfR001()
                + ",\"note_type\":\"PROPOSAL\",\"title\":\"ブラウザ検索の確認\",\"content\":\"<p>外貨建て<strong>保険</strong>の比較表を渡した</p>\"}");
        assertThat(created.status()).isEqualTo(201);
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/notes/list.xhtml");
            browser.waitFor(By.id("notesForm:text")).sendKeys("建て保険");
            browser.click(By.id("notesForm:search"));

            List<String> titles = browser.textsWhen(By.cssSelector("#notesForm\\:notes .note-title"), t -> t.size() == 1);
            assertThat(titles).containsExactly("ブラウザ検索の確認");
            browser.screenshot("notes-list");
        }
    }

    @Test
    void theCustomerTimelineTakesAQuickNoteAndShowsRichTextWithoutRunningScripts() {
        long customer = customerOfR001();
        r001().post("api/sales-notes", "{\"customer_id\":" + customer + ",\"note_type\":\"VISIT\",\"title\":\"書式と危険な入力\","
                + "\"content\":\"<p><strong>太字</strong>と<em>斜体</em><img src=x onerror=\\\"window.pwned=1\\\"><script>window.pwned=2</script></p>\"}");
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go(CUSTOMER_PAGE + customer);
            browser.waitFor(By.id("customer-notes"));
            assertThat(browser.driver().findElements(By.cssSelector("#customer-notes .note-content strong"))).isNotEmpty();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.pwned === undefined")).isEqualTo(true);

            browser.waitFor(By.id("quickNote:title")).sendKeys("クイック追加のメモ");
            browser.driver().findElement(By.id("quickNote:content")).sendKeys("電話で近況を確認");
            browser.click(By.id("quickNote:add"));
            List<String> timeline = browser.textsWhen(By.cssSelector("#customer-notes .note-entry .note-title"),
                    t -> t.contains("クイック追加のメモ"));
            assertThat(timeline.get(0)).isEqualTo("クイック追加のメモ");
            browser.screenshot("notes-customer-timeline");
        }
    }

    @Test
    void anEditSavedMeanwhileByOthersIsRefusedAndTheInputKept() {
        JsonObject note = overdueNote("同時編集の確認", 1);
        try (Browser browser = Browser.open(app)) {
            browser.login("r001", PASSWORD);
            browser.go("/notes/edit.xhtml?id=" + note.getJsonNumber("note_id"));
            browser.waitFor(By.id("noteForm:title")).clear();
            browser.driver().findElement(By.id("noteForm:title")).sendKeys("ブラウザでの修正");

            Api.Reply other = r001().send(r001().request("api/sales-notes/" + note.getJsonNumber("note_id") + "/complete")
                    .header("If-Match", "\"" + note.getInt("version") + "\"").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(other.status()).isEqualTo(200);
            browser.click(By.id("noteForm:save"));

            browser.waitForText(By.id("noteForm:messages"), "他のユーザーが更新しました");
            assertThat(browser.driver().findElement(By.id("noteForm:title")).getAttribute("value")).isEqualTo("ブラウザでの修正");
            browser.screenshot("notes-edit-conflict");
        }
    }

    /** The customer detail page of crm-customers. */
    private static final String CUSTOMER_PAGE = "/customers/detail.xhtml?id=";
}
