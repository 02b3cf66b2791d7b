package com.wealthai.crm.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.BlindIndex;
import com.wealthai.crm.core.api.EncryptedLocalDateConverter;
import com.wealthai.crm.core.api.EncryptedStringConverter;
import com.wealthai.crm.customers.domain.SearchFolding;
import java.nio.file.Files;
import java.text.Normalizer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.tables.Customers;
import com.wealthai.crm.bench.tables.Holdings;
import com.wealthai.crm.bench.tables.Products;
import com.wealthai.crm.bench.tables.Transactions;
import com.wealthai.crm.bench.tables.SalesReps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator on a real PostgreSQL at a tiny scale: the counts asked for, the same book from the
 * same seed, personal fields the app's cipher reads back, logins the app accepts.
 */
class DataGeneratorTest {

    @TempDir
    static Path folder;

    private static TinyBook postgres;
    private static DataSource first;
    private static DataSource second;
    private static GenerationReport report;

    @BeforeAll
    static void generateTwiceFromTheSameSeed() throws SQLException {
        postgres = new TinyBook();
        first = postgres.database("first");
        second = postgres.database("second");
        report = postgres.generate(first, 7, folder.resolve("users-first.csv"), false);
        postgres.generate(second, 7, folder.resolve("users-second.csv"), false);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void everyRepAndBranchManagerHasALoginWithAnApiToken() throws Exception {
        BenchScale scale = TinyBook.SCALE;
        assertThat(count(first, "select count(*) from crm_user u join crm_user_role r on r.user_id = u.id where r.role = 'REP'"))
                .isEqualTo(scale.reps());
        assertThat(count(first, "select count(*) from crm_user u join crm_user_role r on r.user_id = u.id where r.role = 'MANAGER'"))
                .isEqualTo(scale.branches());
        assertThat(count(first, "select count(*) from api_token")).isEqualTo(scale.reps() + scale.branches() + 1);

        List<String> lines = Files.readAllLines(folder.resolve("users-first.csv"));
        assertThat(lines).hasSize(1 + scale.reps() + scale.branches() + 1);
        String token = lines.get(1).split(",")[4];
        assertThat(count(first, "select count(*) from api_token where token_hash = '" + BenchUsers.sha256(token) + "'")).isEqualTo(1);
    }

    @Test
    void theBenchPasswordVerifiesWithTheAppsPasswordHash() throws SQLException {
        String stored = text(first, "select password_hash from crm_user where login = 'r001'");
        Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
        pbkdf2.initialize(Map.of());
        assertThat(stored).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(pbkdf2.verify(BenchUsers.PASSWORD.toCharArray(), stored)).isTrue();
        assertThat(pbkdf2.verify("wrong-password".toCharArray(), stored)).isFalse();
    }

    @Test
    void aSecondRunRefusesToWriteOverDataUnlessToldToReplaceIt() throws SQLException {
        DataSource third = postgres.database("third");
        postgres.generate(third, 8, folder.resolve("users-third.csv"), false);

        assertThatThrownBy(() -> postgres.generate(third, 8, folder.resolve("users-third.csv"), false))
                .hasMessageContaining("bench.replace");
        GenerationReport again = postgres.generate(third, 8, folder.resolve("users-third.csv"), true);
        assertThat(again.rows()).isEqualTo(report.rows());
        assertThat(count(third, "select count(*) from crm_user where login = 'r001'")).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameBookThoughEveryCiphertextDiffers() throws Exception {
        assertThat(BookFingerprint.of(second)).isEqualTo(BookFingerprint.of(first));
    }

    @Test
    void everyCountIsTheOneAskedFor() throws SQLException {
        BenchScale scale = TinyBook.SCALE;
        try (Connection c = first.getConnection()) {
            String reps = TableShape.find(c, new SalesReps().tableNames()).orElseThrow().name();
            String customers = TableShape.find(c, new Customers().tableNames()).orElseThrow().name();
            assertThat(count(first, "select count(*) from " + reps)).isEqualTo(scale.reps());
            assertThat(count(first, "select count(distinct branch) from " + reps)).isEqualTo(scale.branches());
            assertThat(count(first, "select count(*) from " + customers)).isEqualTo(scale.customers());
            assertThat(count(first, "select count(distinct sales_rep_id) from " + customers)).isEqualTo(scale.reps());
        }
    }

    @Test
    void holdingsAndTradesHaveTheirCountsAndEveryPositionIsTheSumOfItsTrades() throws SQLException {
        BenchScale scale = TinyBook.SCALE;
        try (Connection c = first.getConnection()) {
            String products = TableShape.find(c, new Products(null).tableNames()).orElseThrow().name();
            String holdings = TableShape.find(c, new Holdings(null).tableNames()).orElseThrow().name();
            String trades = TableShape.find(c, new Transactions(null).tableNames()).orElseThrow().name();
            assertThat(count(first, "select count(*) from " + products)).isEqualTo(scale.products());
            assertThat(count(first, "select count(*) from " + holdings)).isEqualTo(scale.holdings());
            assertThat(count(first, "select count(*) from " + trades)).isEqualTo(scale.transactions());
            assertThat(count(first, "select count(*) from " + holdings + " h where h.quantity <> (select sum(case "
                    + "when t.transaction_type = 'BUY' then t.quantity when t.transaction_type = 'SELL' then -t.quantity else 0 end) "
                    + "from " + trades + " t where t.customer_id = h.customer_id and t.product_id = h.product_id)")).isZero();
        }
    }

    @Test
    void notesHaveTheirCountAndAreFoundByTheBigramSearch() throws SQLException {
        assertThat(count(first, "select count(*) from sales_notes")).isEqualTo(TinyBook.SCALE.notes());
        assertThat(count(first, "select count(*) from sales_notes where sales_note_bigrams(search_text) @> sales_note_bigrams('nisa') "
                + "and search_text like '%nisa%'")).isPositive();
        assertThat(count(first, "select count(*) from sales_notes where status in ('OPEN', 'IN_PROGRESS') and follow_up_date < date '"
                + TinyBook.AS_OF + "'")).as("overdue follow-ups").isPositive();
    }

    @Test
    void theAppsCipherReadsEveryGeneratedPersonalField() throws SQLException {
        String customers;
        try (Connection c = first.getConnection()) {
            customers = TableShape.find(c, new Customers().tableNames()).orElseThrow().name();
        }
        List<String> plain = BookFingerprint.decryptedValues(first, customers);

        assertThat(plain).isNotEmpty().anyMatch(v -> v.contains("@example"))
                .anyMatch(v -> v.matches("0[6-9]0?-\\d{4}-\\d{4}|0[36]-\\d{4}-\\d{4}"));
        assertThat(text(first, "select email from " + customers + " order by 1 limit 1")).startsWith("v1:" + TinyBook.TEST_KEY_ID + ":");
    }

    @Test
    void customersCarryTheSearchColumnsTheAppDerivesSoItsSearchFindsThem() throws SQLException {
        // the kana as a rep types it, half-width katakana: the app folds it the same way before matching
        String kana = text(first, "select name_kana from customers where id = 3");
        String typed = Normalizer.normalize(kana, Normalizer.Form.NFKC).substring(0, 2);
        assertThat(count(first, "select count(*) from customers where id = 3 and search_text like '%"
                + SearchFolding.fold(toHalfWidth(typed)) + "%'")).isEqualTo(1);
        assertThat(text(first, "select search_text from customers where id = 3")).doesNotContainPattern("[ァ-ヶ]");

        String phone = new EncryptedStringConverter().convertToEntityAttribute(text(first, "select phone from customers where id = 3"));
        assertThat(text(first, "select phone_index from customers where id = 3"))
                .isEqualTo(BlindIndex.of(SearchFolding.phoneDigits(phone)));
        assertThat(count(first, "select count(*) from customers where customer_type = 'INDIVIDUAL' and birth_year is null")).isZero();
        String birth = text(first, "select birth_date from customers where customer_type = 'INDIVIDUAL' order by id limit 1");
        long year = count(first, "select birth_year from customers where customer_type = 'INDIVIDUAL' order by id limit 1");
        assertThat(new EncryptedLocalDateConverter().convertToEntityAttribute(birth).getYear()).isEqualTo((int) year);
    }

    /** Full-width katakana to the half-width forms some keyboards type (ｶﾅ), through the NFKC mapping reversed. */
    private static String toHalfWidth(String katakana) {
        StringBuilder half = new StringBuilder();
        for (char c : katakana.toCharArray()) {
            String found = String.valueOf(c);
            for (char h = '\uFF66'; h <= '\uFF9D'; h++) {
                if (Normalizer.normalize(String.valueOf(h), Normalizer.Form.NFKC).equals(found)) {
                    found = String.valueOf(h);
                    break;
                }
            }
            half.append(found);
        }
        return half.toString();
    }

    @Test
    void theReportCountsEveryRowWritten() {
        assertThat(report.rows("crm_user"))
                .isEqualTo(TinyBook.SCALE.reps() + TinyBook.SCALE.branches() + 1);
        assertThat(report.asTable()).contains("rows/s");
    }

    static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
