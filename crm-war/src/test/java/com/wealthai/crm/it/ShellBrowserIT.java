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

/**
 * The shell in a real browser (headless Chromium): logging in, the menu built from the modules,
 * switching the language, switching a module off and on, the lockout after five wrong passwords,
 * and the phone-width drawer. Screenshots land in target/screenshots/.
 */
@ExtendWith(ArquillianExtension.class)
class ShellBrowserIT {

    private static final String PASSWORD = "wealthai-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @Test
    void aVisitorIsSentToTheLoginPageAndLandsOnTheDashboardAfterLoggingIn() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/dashboard.xhtml");
            assertThat(browser.url()).endsWith("/crm/login.xhtml");
            assertThat(browser.text(By.cssSelector("h1.plain-title"))).isEqualTo("ログイン");
            browser.screenshot("login-desktop");

            browser.submitLogin("admin", PASSWORD);
            browser.waitFor(By.cssSelector("nav.sidebar"));

            assertThat(browser.url()).contains("/crm/dashboard.xhtml");
            assertThat(browser.menu()).first().isEqualTo("ダッシュボード");
            assertThat(browser.menu()).contains("ラボ", "モジュール管理", "ユーザー管理", "監査ログ");
            assertThat(browser.text(By.id("labs-widget"))).isEqualTo("プラグインのウィジェット");
            browser.screenshot("dashboard-desktop");
        }
    }

    @Test
    void aWrongPasswordIsSaidClearlyAndNothingElseHappens() {
        try (Browser browser = Browser.open(app)) {
            browser.go("/login.xhtml").submitLogin("admin", "wrong-password");

            browser.waitForText(By.id("login:messages"), "ユーザーIDまたはパスワードが正しくありません");
            assertThat(browser.url()).endsWith("/crm/login.xhtml");
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndBack() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            try {
                browser.click(By.id("shellForm:lang-en"));
                browser.waitForText(By.cssSelector("main h1"), "Dashboard");
                assertThat(browser.menu()).contains("Dashboard", "Modules", "Users", "Audit trail", "Labs");

                browser.go("/admin/modules.xhtml");
                assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Modules");
            } finally {
                browser.click(By.id("shellForm:lang-ja"));
                browser.waitForText(By.cssSelector("main h1"), "モジュール管理");
            }
        }
    }

    @Test
    void switchingAModuleOffHidesItsMenuEntryAndItsPageAnswers404() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/labs/index.xhtml");
            assertThat(browser.text(By.id("labs-greeting"))).isEqualTo("ラボモジュールが動いています");

            browser.go("/admin/modules.xhtml");
            browser.screenshot("modules-desktop");
            try {
                browser.click(By.xpath("//tr[.//span[text()='labs']]//button[contains(@id,'disable')]"));
                browser.click(By.cssSelector(".ui-confirmdialog-yes"));
                browser.waitFor(By.xpath("//tr[.//span[text()='labs']]//button[contains(@id,'enable')]"));

                assertThat(browser.menu()).doesNotContain("ラボ");
                browser.go("/labs/index.xhtml");
                assertThat(browser.text(By.cssSelector("h1.plain-title"))).isEqualTo("ページが見つかりません");
                browser.go("/dashboard.xhtml");
                assertThat(browser.driver().findElements(By.id("labs-widget"))).isEmpty();
            } finally {
                browser.go("/admin/modules.xhtml");
                browser.click(By.xpath("//tr[.//span[text()='labs']]//button[contains(@id,'enable')]"));
                browser.click(By.cssSelector(".ui-confirmdialog-yes"));
                browser.waitFor(By.xpath("//tr[.//span[text()='labs']]//button[contains(@id,'disable')]"));
            }
            assertThat(browser.menu()).contains("ラボ");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        String login = "locktest-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct-horse-battery";
        try (Browser admin = Browser.open(app)) {
            admin.login("admin", PASSWORD);
            createManager(admin, login, password);

            try (Browser user = Browser.open(app)) {
                for (int attempt = 1; attempt <= 5; attempt++) {
                    user.go("/login.xhtml").submitLogin(login, "wrong-" + attempt);
                    user.waitFor(By.cssSelector("#login\\:messages .ui-messages-error"));
                }
                assertThat(user.text(By.id("login:messages"))).contains("ロックされています");

                user.go("/login.xhtml").submitLogin(login, password);
                user.waitForText(By.id("login:messages"), "ロックされています");
                assertThat(user.url()).endsWith("/crm/login.xhtml");

                admin.go("/admin/users.xhtml");
                admin.click(By.xpath("//tr[.//span[text()='" + login + "']]//button[@title='ロック解除']"));
                admin.waitFor(By.xpath("//tr[.//span[text()='" + login + "']]//span[contains(@class,'success')]"));

                user.login(login, password);
                assertThat(user.url()).contains("/crm/dashboard.xhtml");
            }
        }
    }

    @Test
    void onAPhoneTheMenuIsADrawer() {
        try (Browser browser = Browser.open(app)) {
            browser.size(Browser.PHONE);
            browser.go("/login.xhtml");
            browser.screenshot("login-phone");
            browser.login("admin", PASSWORD);

            assertThat(browser.driver().findElement(By.cssSelector("nav.sidebar a")).isDisplayed()).isFalse();
            browser.screenshot("dashboard-phone");
            browser.click(By.id("menu-toggle"));
            browser.waitFor(By.cssSelector("nav.sidebar a"));
            browser.screenshot("dashboard-phone-menu");

            browser.go("/admin/modules.xhtml");
            browser.screenshot("modules-phone");
            browser.size(Browser.DESKTOP);
        }
    }

    @Test
    void loggingOutEndsTheSession() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.logout();

            assertThat(browser.text(By.cssSelector(".notice.info"))).isEqualTo("ログアウトしました");
            browser.go("/dashboard.xhtml");
            assertThat(browser.url()).endsWith("/crm/login.xhtml");
        }
    }

    @Test
    void anAdministratorFindsLoginsInTheAuditTrail() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/admin/audit.xhtml");
            browser.waitFor(By.id("auditForm:actor")).sendKeys("admin");
            browser.click(By.id("auditForm:search"));
            browser.waitFor(By.xpath("//tbody[@id='auditForm:events_data']//span[text()='LOGIN']"));

            // Before the filter applies the table already lists other users' events; wait for it to settle.
            List<String> actors = browser.textsWhen(By.cssSelector("#auditForm\\:events_data tr td:nth-child(2)"),
                    texts -> !texts.isEmpty() && texts.stream().allMatch(actor -> actor.contains("admin")));
            assertThat(actors).isNotEmpty().allSatisfy(actor -> assertThat(actor).contains("admin"));
        }
    }

    @Test
    void aUserCreatesAnApiTokenThatWorksOnceAndRevokesIt() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/account/tokens.xhtml");
            browser.waitFor(By.id("tokenForm:name")).sendKeys("ブラウザ試験");
            browser.click(By.id("tokenForm:create"));
            String secret = browser.text(By.id("token-secret"));

            assertThat(Api.at(app).bearer(secret).get("api/me").status()).isEqualTo(200);

            browser.click(By.xpath("//tr[contains(., 'ブラウザ試験')]//button"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitFor(By.xpath("//tr[contains(., 'ブラウザ試験')]//span[text()='失効']"));
            assertThat(Api.at(app).bearer(secret).get("api/me").status()).isEqualTo(401);
        }
    }

    @Test
    void aClickAfterTheSessionExpiredLeadsToTheLoginPageWithAnExplanation() {
        try (Browser browser = Browser.open(app)) {
            browser.login("admin", PASSWORD);
            browser.go("/admin/users.xhtml");
            browser.driver().manage().deleteCookieNamed("CRMSESSION");

            browser.click(By.id("usersActions:newUser"));

            browser.waitForText(By.cssSelector(".notice.info"), "セッションの有効期限が切れました");
            assertThat(browser.url()).contains("/crm/login.xhtml");
        }
    }

    /** Creates a MANAGER through the user administration page. */
    private static void createManager(Browser admin, String login, String password) {
        admin.go("/admin/users.xhtml");
        admin.click(By.id("usersActions:newUser"));
        admin.waitFor(By.id("userForm:login")).sendKeys(login);
        admin.driver().findElement(By.id("userForm:displayName")).sendKeys("ロック 試験");
        // Roles: untick REP (the default), tick MANAGER.
        admin.click(By.xpath("//div[@id='userForm:roles']//label[text()='営業担当']"));
        admin.click(By.xpath("//div[@id='userForm:roles']//label[text()='マネージャー']"));
        admin.driver().findElement(By.id("userForm:branch")).sendKeys("テスト支店");
        admin.driver().findElement(By.id("userForm:password")).sendKeys(password);
        admin.click(By.id("userForm:saveUser"));
        admin.waitFor(By.xpath("//tr[.//span[text()='" + login + "']]"));
    }
}
