package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.DemoDataLoader;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.SalesNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The 26 demo notes of the original system, spread over the demo customers, dated relative to the day
 * they are loaded: open follow-ups 5 overdue, 2 due today, 4 due later this week and 3 later; 9 done,
 * 1 cancelled, 2 open notes without a follow-up. Demo mode only (the core calls it then).
 */
@ApplicationScoped
public class DemoNotes implements DemoDataLoader {

    /** How many demo notes there are: the seed's figure. */
    public static final int COUNT = 26;

    /** Demo customer ids are small; the directory reports which of these exist. */
    private static final long DEMO_ID_RANGE = 1_000;

    private record Template(int customer, NoteType type, String title, String content, int noteDay, Integer followUpDay,
                            NotePriority priority, NoteStatus status) {
    }

    /** Days are relative to the loading day; a "this week" day is kept within the week (see {@link #weekDay}). */
    private static final List<Template> NOTES = List.of(
            t(0, NoteType.VISIT, "投資信託の乗り換え提案", "<p>バランス型ファンドから<strong>インデックス型</strong>への乗り換えを提案。手数料の違いを資料で説明。</p>", -12, -3, NotePriority.HIGH, NoteStatus.OPEN),
            t(1, NoteType.CALL, "国債の満期償還のご連絡", "<p>個人向け国債の償還金の再投資先について電話で相談。</p><ul><li>定期預金</li><li>社債</li></ul>", -9, -2, NotePriority.HIGH, NoteStatus.OPEN),
            t(2, NoteType.MEETING, "NISA つみたて枠の設定", "<p>新NISAのつみたて投資枠で<em>月3万円</em>の積立を希望。必要書類を案内。</p>", -8, -1, NotePriority.MEDIUM, NoteStatus.IN_PROGRESS),
            t(3, NoteType.PROPOSAL, "外国株式の分散投資の提案", "<p>米国株式ETFの組み入れを提案。為替リスクを説明済み。</p>", -10, -5, NotePriority.MEDIUM, NoteStatus.OPEN),
            t(4, NoteType.EMAIL, "運用報告書の送付", "<p>四半期の運用報告書をメールで送付。質問があれば連絡をもらう約束。</p>", -7, -1, NotePriority.LOW, NoteStatus.OPEN),
            t(5, NoteType.VISIT, "相続対策のご相談", "<p>ご家族同席で相続対策を相談。<strong>税理士紹介</strong>の依頼あり。</p>", -5, 0, NotePriority.HIGH, NoteStatus.OPEN),
            t(6, NoteType.CALL, "株式売却の意向確認", "<p>保有株式の一部売却を検討中。本日中に最終意向を確認する。</p>", -2, 0, NotePriority.HIGH, NoteStatus.IN_PROGRESS),
            t(7, NoteType.MEETING, "法人資金の運用方針", "<p>余剰資金の運用方針を財務部長と面談。短期債中心で検討。</p>", -4, 1, NotePriority.MEDIUM, NoteStatus.OPEN),
            t(8, NoteType.PROPOSAL, "社債の新規募集のご案内", "<p>新規発行社債（5年）の条件を案内。申込期限を確認。</p>", -3, 2, NotePriority.MEDIUM, NoteStatus.OPEN),
            t(9, NoteType.EMAIL, "セミナーのご案内", "<p>資産運用セミナーの案内を送付。出欠の返信待ち。</p>", -1, 3, NotePriority.LOW, NoteStatus.OPEN),
            t(10, NoteType.CALL, "リスク許容度の再確認", "<p>退職に伴いリスク許容度の見直しを依頼。適合性の再確認が必要。</p>", -2, 4, NotePriority.HIGH, NoteStatus.OPEN),
            t(11, NoteType.VISIT, "年金受取後の運用相談", "<p>年金受取開始後の資金計画を相談。次回は具体的な商品を提示。</p>", -6, 10, NotePriority.MEDIUM, NoteStatus.OPEN),
            t(12, NoteType.MEETING, "教育資金の積立計画", "<p>お子様の大学進学に向けた積立計画を作成中。</p>", -3, 14, NotePriority.LOW, NoteStatus.OPEN),
            t(13, NoteType.PROPOSAL, "ESG ファンドの提案", "<p>環境配慮型ファンドに関心あり。目論見書を後日郵送。</p>", -1, 21, NotePriority.LOW, NoteStatus.OPEN),
            t(14, NoteType.VISIT, "口座開設手続き完了", "<p>特定口座の開設手続きが完了。</p>", -30, -25, NotePriority.MEDIUM, NoteStatus.DONE),
            t(15, NoteType.CALL, "約定のご報告", "<p>投資信託の買付約定を電話で報告。</p>", -20, -19, NotePriority.LOW, NoteStatus.DONE),
            t(16, NoteType.EMAIL, "書類の受領確認", "<p>本人確認書類の受領をメールで連絡。</p>", -18, -15, NotePriority.LOW, NoteStatus.DONE),
            t(17, NoteType.MEETING, "ポートフォリオの見直し", "<p>年次のポートフォリオ見直しを実施。<strong>債券比率を10%引き上げ</strong>で合意。</p>", -15, -10, NotePriority.HIGH, NoteStatus.DONE),
            t(0, NoteType.PROPOSAL, "個人向け国債の提案", "<p>変動10年の個人向け国債を提案し、申込を受付。</p>", -40, -35, NotePriority.MEDIUM, NoteStatus.DONE),
            t(1, NoteType.VISIT, "ご挨拶訪問", "<p>担当交代のご挨拶。今後の連絡方法を確認。</p>", -45, -44, NotePriority.LOW, NoteStatus.DONE),
            t(2, NoteType.CALL, "配当金の入金確認", "<p>配当金の入金について問い合わせあり。入金日を回答。</p>", -25, -24, NotePriority.LOW, NoteStatus.DONE),
            t(3, NoteType.MEETING, "住宅購入資金の確保", "<p>住宅購入に向け一部解約の手続きを完了。</p>", -22, -14, NotePriority.MEDIUM, NoteStatus.DONE),
            t(4, NoteType.OTHER, "住所変更の届出", "<p>転居に伴う住所変更の届出。先方の都合で手続き中止。</p>", -16, -12, NotePriority.LOW, NoteStatus.CANCELLED),
            t(5, NoteType.VISIT, "市況説明", "<p>最近の金利動向と株式市況を説明。特段の要望なし。</p>", -11, null, NotePriority.LOW, NoteStatus.DONE),
            t(6, NoteType.EMAIL, "マーケットレポートの送付", "<p>月次マーケットレポートを送付。</p>", -4, null, NotePriority.LOW, NoteStatus.OPEN),
            t(7, NoteType.OTHER, "来店予約の受付", "<p>来月の来店予約を受付。担当者不在時は支店長が対応。</p>", -1, null, NotePriority.MEDIUM, NoteStatus.OPEN));

    @PersistenceContext(unitName = "crm-notes")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    Clock clock;

    private static Template t(int customer, NoteType type, String title, String content, int noteDay, Integer followUpDay,
                              NotePriority priority, NoteStatus status) {
        return new Template(customer, type, title, content, noteDay, followUpDay, priority, status);
    }

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    @Override
    public void load() {
        List<CustomerSummary> demoCustomers = customers.findAll(LongStream.rangeClosed(1, DEMO_ID_RANGE).boxed().toList(), AccessScope.system())
                .values().stream().sorted(Comparator.comparingLong(CustomerSummary::id)).toList();
        if (demoCustomers.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(FollowUpClock.TOKYO));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Template template : NOTES) {
            CustomerSummary customer = demoCustomers.get(template.customer() % demoCustomers.size());
            SalesNote note = new SalesNote(customer.id(), customer.salesRepId(), now, "demo");
            LocalDate followUp = template.followUpDay() == null ? null : weekDay(today, template.followUpDay());
            note.write(template.type(), template.title(), template.content(), today.plusDays(template.noteDay()), followUp,
                    template.priority(), template.status(), now, "demo");
            em.persist(note);
        }
    }

    /** A day 1–4 ahead stays within this week (so it is "due this week" whatever weekday the demo starts). */
    static LocalDate weekDay(LocalDate today, int offset) {
        LocalDate day = today.plusDays(offset);
        if (offset >= 1 && offset <= 4 && day.isAfter(FollowUpBucket.endOfWeek(today))) {
            return FollowUpBucket.endOfWeek(today);
        }
        return day;
    }

    static int templates() {
        return NOTES.size();
    }
}
