package com.wealthai.crm.notes.application;

import static com.wealthai.crm.notes.application.NotesDatabase.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.UserDirectory;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.infrastructure.MailSettings;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily digest, sent through a local test SMTP server (GreenMail): one e-mail per rep with open
 * follow-ups, to the address of the rep's user, listing overdue, today's and this week's follow-ups.
 */
class DailyDigestTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static NotesDatabase db;

    @BeforeAll
    static void start() {
        db = new NotesDatabase();
        write(1, "投資信託の乗り換え提案", TODAY.minusDays(2), NotePriority.HIGH, NoteStatus.OPEN);
        write(2, "決算説明会のご案内", TODAY, NotePriority.MEDIUM, NoteStatus.IN_PROGRESS);
        write(1, "債券の満期連絡", TODAY.plusDays(3), NotePriority.LOW, NoteStatus.OPEN);
        write(1, "完了済みの件", TODAY.minusDays(1), NotePriority.LOW, NoteStatus.DONE);
        write(1, "来月の件", TODAY.plusDays(20), NotePriority.LOW, NoteStatus.OPEN);
        write(3, "鈴木さんの顧客の件", TODAY, NotePriority.HIGH, NoteStatus.OPEN);
        write(4, "ユーザーのいない担当の件", TODAY, NotePriority.HIGH, NoteStatus.OPEN);
    }

    private static void write(long customer, String title, LocalDate followUp, NotePriority priority, NoteStatus status) {
        db.write(notes -> notes.create(new NoteInput(customer, NoteType.CALL, title, "<p>本文</p>",
                followUp.minusDays(30), followUp, priority, status), ADMIN));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private DailyDigest digest(MailSettings settings) {
        DailyDigest digest = new DailyDigest();
        digest.queries = db.queries();
        digest.customers = db.customers;
        digest.messages = new BundleMessages();
        digest.notes = db.salesNotes(null);
        digest.settings = Optional.ofNullable(settings);
        digest.followUpUrl = "https://crm.example.jp/crm/notes/follow-ups.xhtml";
        digest.users = new UserDirectory() {
            @Override
            public void ensureDemoUser(String login, String displayName, Set<Role> roles, Long salesRepId, String branch) {
            }

            @Override
            public Optional<String> loginOfSalesRep(long salesRepId) {
                return salesRepId == BookOfCustomers.REP_SATO ? Optional.of("r001")
                        : salesRepId == BookOfCustomers.REP_SUZUKI ? Optional.of("r002") : Optional.empty();
            }
        };
        return digest;
    }

    @Test
    void eachRepGetsOneMailListingOverdueTodayAndThisWeek() throws Exception {
        int sent = digest(new MailSettings("localhost", SMTP.getSmtp().getPort(), null, null, false,
                "crm@example.jp", "{login}@example.jp")).sendAll();

        assertThat(sent).isEqualTo(2);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage sato = received[0].getAllRecipients()[0].toString().equals("r001@example.jp") ? received[0] : received[1];
        assertThat(sato.getFrom()[0].toString()).isEqualTo("crm@example.jp");
        assertThat(sato.getSubject()).isEqualTo("【WealthAI CRM】2026/11/25 のフォローアップ: 期限切れ 1 件・本日 1 件");
        String body = GreenMailUtil.getBody(sato);
        String text = new String(jakarta.mail.internet.MimeUtility.decode(
                new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                sato.getEncoding()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .contains("佐藤 さん")
                .contains("■ 期限切れ (1 件)\n・2026/11/23  山田 太郎  投資信託の乗り換え提案  [高]")
                .contains("■ 本日 (1 件)\n・2026/11/25  株式会社テスト  決算説明会のご案内  [中]")
                .contains("■ 今週 (1 件)\n・2026/11/28  山田 太郎  債券の満期連絡  [低]")
                .contains("https://crm.example.jp/crm/notes/follow-ups.xhtml")
                .doesNotContain("完了済みの件", "来月の件", "鈴木さんの顧客の件", "<p>", "本文");
    }

    @Test
    void withoutAnSmtpServerNothingIsSent() {
        assertThat(digest(null).sendAll()).isZero();
    }
}
