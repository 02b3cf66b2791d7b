package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.BookLayout;
import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.Spread;
import com.wealthai.crm.notes.domain.RichText;
import com.wealthai.crm.notes.domain.SearchText;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sales notes (crm-notes' table) over the last year, spread unevenly over the customers, written by
 * the customer's rep; about a third with a follow-up, the past ones mostly done, some overdue.
 *
 * <p>The contents are a small set of texts in the editor's own formatting (paragraphs, bold, lists:
 * what crm-notes' sanitiser keeps unchanged); the search column holds title and plain text built by
 * crm-notes' own {@link SearchText} and {@link RichText}, so the app's bigram search finds generated notes like
 * typed-in ones.
 */
public final class SalesNotes implements TableWriter {

    /** One generated note. */
    record Note(long id, long customerId, long salesRepId, String type, String title, String content, String searchText,
                LocalDate noteDate, LocalDate followUp, String priority, String status, OffsetDateTime createdAt,
                String author, OffsetDateTime completedAt) {
    }

    private static final String[] TYPES = {"VISIT", "CALL", "EMAIL", "MEETING", "PROPOSAL", "OTHER"};

    private static final List<String> TITLES = List.of(
            "定期訪問：ポートフォリオの見直し", "電話：満期償還のご案内", "新NISAの活用について相談", "投資信託の乗り換え提案",
            "外国債券の利払いについて", "相続対策のご相談", "法人資金の運用方針ヒアリング", "株主優待銘柄の問い合わせ",
            "リスク許容度の再確認", "ETF積立のご提案", "為替ヘッジ付きファンドの説明", "決算説明会のご案内",
            "iDeCoの掛金変更", "ご家族の口座開設について", "REITの分配金について", "セミナー参加のお礼");

    private static final List<String> CONTENTS = List.of(
            "<p>ご自宅に訪問。現在の保有状況を確認し、<strong>国内株式の比率がやや高い</strong>点をご説明。</p><p>次回、債券ファンドへの一部乗り換えを提案する。</p>",
            "<p>電話にて満期償還金の再投資先についてご相談。</p><ul><li>個人向け国債</li><li>外貨建てMMF</li></ul><p>来週までに資料を郵送。</p>",
            "<p>新NISAの成長投資枠の使い方をご説明。年間投資枠と生涯枠の違いにご関心。</p>",
            "<p>保有ファンドの信託報酬が高めのため、<em>低コストのインデックスファンド</em>への乗り換えを提案。前向きにご検討とのこと。</p>",
            "<p>米国債の利払い日と為替の影響についてご質問あり。円高局面での評価損を説明し、ご納得いただいた。</p>",
            "<p>ご長男への生前贈与と相続税の試算についてご相談。税理士の紹介を希望された。</p>",
            "<p>経理部長と面談。余資運用は元本重視、期間は1年以内を希望。短期社債と MMF を候補に。</p>",
            "<p>優待銘柄の権利確定日について問い合わせ。カレンダーをお送りした。</p>",
            "<p>退職を機にリスク許容度を再確認。<strong>安定成長型</strong>への変更をご希望。適合性の記録を更新予定。</p>",
            "<p>毎月3万円のETF積立を提案。口座振替の手続き書類をお渡しした。</p>");

    private static final RowMapping<Note> MAPPING = new RowMapping<Note>()
            .column(Note::id, "note_id", "id")
            .column(Note::customerId, "customer_id")
            .column(Note::salesRepId, "sales_rep_id")
            .column(Note::type, "note_type")
            .column(Note::title, "title")
            .column(Note::content, "content")
            .column(Note::searchText, "search_text")
            .column(Note::noteDate, "note_date")
            .column(Note::followUp, "follow_up_date")
            .column(Note::priority, "priority")
            .column(Note::status, "status")
            .column(Note::createdAt, "created_at", "updated_at")
            .column(Note::author, "created_by", "updated_by")
            .column(Note::completedAt, "completed_at")
            .column(n -> 0L, "version");

    @Override
    public String[] tableNames() {
        return new String[] {"sales_notes"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        List<String> contents = CONTENTS;
        // crm-notes' own plain text of each content, once per content rather than once per note
        List<String> plain = contents.stream().map(RichText::plainText).toList();
        BookLayout layout = context.layout();
        SplittableRandom random = context.seeds().stream("sales_notes");
        int customers = context.scale().customers();
        int[] perCustomer = Spread.exactly(context.scale().notes(), customers, 0, random);
        LocalDate today = context.asOf();
        long id = 0;
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int customer = 1; customer <= customers; customer++) {
                int rep = layout.repOfCustomer(customer);
                for (int n = 0; n < perCustomer[customer - 1]; n++) {
                    int text = random.nextInt(contents.size());
                    String title = TITLES.get(random.nextInt(TITLES.size()));
                    LocalDate noteDate = today.minusDays(random.nextInt(365));
                    LocalDate followUp = random.nextInt(3) == 0 ? noteDate.plusDays(1 + random.nextInt(30)) : null;
                    String status = status(followUp, today, random);
                    OffsetDateTime created = noteDate.atTime(9 + random.nextInt(9), random.nextInt(60))
                            .atZone(GenerationContext.TOKYO).toOffsetDateTime();
                    rows.write(new Note(++id, customer, rep, TYPES[random.nextInt(TYPES.length)], title, contents.get(text),
                            SearchText.normalise(title + "\n" + plain.get(text)), noteDate, followUp,
                            random.nextInt(5) == 0 ? "HIGH" : random.nextInt(2) == 0 ? "MEDIUM" : "LOW", status,
                            created, layout.repLogin(rep), "DONE".equals(status) ? created.plusDays(1) : null));
                }
            }
            return rows.rows();
        }
    }

    /** Past follow-ups mostly done (some overdue), future ones open; notes without one are done. */
    private static String status(LocalDate followUp, LocalDate today, SplittableRandom random) {
        if (followUp == null) {
            return "DONE";
        }
        if (followUp.isBefore(today)) {
            return random.nextInt(10) == 0 ? "OPEN" : random.nextInt(20) == 0 ? "CANCELLED" : "DONE";
        }
        return random.nextInt(4) == 0 ? "IN_PROGRESS" : "OPEN";
    }
}
