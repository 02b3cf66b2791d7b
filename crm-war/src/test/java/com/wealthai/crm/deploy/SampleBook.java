package com.wealthai.crm.deploy;

import com.wealthai.crm.core.infrastructure.crypto.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A small book in every module's tables, written with SQL as the application stores it (personal
 * fields encrypted with the data key): a user, a token, module states and audit events; a rep with
 * two customers; products, prices, an FX rate, a holding and its trades; a note with a follow-up; an
 * AI conversation. Enough that a backup which loses a table, a row or a byte shows it.
 */
final class SampleBook {

    static final long PRODUCTS = 2;

    private SampleBook() {
    }

    static void write(DataSource app, FieldCipher cipher) throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into crm_user (login, display_name, password_hash, sales_rep_id, branch) values"
                    + " ('r9001', '復元 太郎', 'pbkdf2$310000$c2FsdA$aGFzaA', 1, '本店営業部')");
            s.execute("insert into crm_user_role (user_id, role) values (1, 'REP')");
            s.execute("insert into api_token (user_id, name, token_hash, token_prefix) values (1, 'バックアップ確認', repeat('a', 64), 'crm_abcd')");
            s.execute("insert into module_state (module_id, enabled, changed_by, changed_at) values ('ai', false, 'admin', now())");
            s.execute("insert into audit_event (actor, action, module_id, entity_type, entity_id, detail, client_ip) values"
                    + " ('r9001', 'LOGIN', 'core', null, null, null, '127.0.0.1'),"
                    + " ('r9001', 'VIEW', 'customers', 'customer', '1', 'phone,email', '127.0.0.1')");
            s.execute("insert into sales_representatives (rep_code, name, department, branch, email, phone, hire_date) values"
                    + " ('R9001', '復元 太郎', '営業第一課', '本店営業部', 'r9001@wealthai.example', '03-0000-9001', date '2010-04-01')");
        }
        customer(app, cipher, "C9001", "山本 花子", "ヤマモト ハナコ", "090-1234-5678", "hanako@example.jp", "東京都千代田区丸の内1-1-1",
                "1960-04-01", 12_000_000, 250_000_000);
        customer(app, cipher, "C9002", "株式会社復元テスト", "カブシキガイシャフクゲンテスト", "03-9999-0000", "ir@restore.example.jp",
                "大阪府大阪市北区梅田1-1-1", null, 900_000_000, 4_000_000_000L);
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into products (product_code, name, category, currency, issuer, maturity_date, interest_rate, risk_level,"
                    + " minimum_investment, commission_rate) values"
                    + " ('JGB10', '個人向け国債 変動10年', 'BOND', 'JPY', '日本国', date '2034-03-15', 0.5100, 1, 10000, 0),"
                    + " ('SPY', 'S&P500 ETF', 'ETF', 'USD', 'State Street', null, null, 4, 0, 0.4950)");
            s.execute("insert into product_prices (product_id, price_date, price) values (1, current_date, 100.000000), (2, current_date, 512.340000)");
            s.execute("insert into fx_rates (currency, rate_date, jpy_rate) values ('USD', current_date, 151.234500)");
            s.execute("insert into holdings (customer_id, product_id, quantity, purchase_price, purchase_date, current_price, unrealized_gain_loss)"
                    + " values (1, 2, 120.0000, 430.500000, date '2023-05-10', 512.340000, 1485000.00)");
            s.execute("insert into transactions (customer_id, product_id, trade_date, transaction_type, quantity, unit_price, fees, entered_by)"
                    + " values (1, 2, date '2023-05-10', 'BUY', 150.0000, 430.500000, 3200.00, 'r9001'),"
                    + " (1, 2, date '2024-02-01', 'SELL', 30.0000, 480.000000, 800.00, 'r9001')");
            s.execute("insert into sales_notes (customer_id, sales_rep_id, note_type, title, content, search_text, note_date, follow_up_date,"
                    + " priority, status, created_by) values (1, 1, 'VISIT', '復元後も読めるメモ', '<p>米国株式の<strong>積み増し</strong>を相談</p>',"
                    + " '復元後も読めるメモ 米国株式の積み増しを相談', current_date, current_date + 3, 'HIGH', 'OPEN', 'r9001')");
            s.execute("insert into ai_conversation (id, user_id, title, customer_id, created_at, updated_at) values"
                    + " ('6f1c2a9e-0000-4000-8000-000000000001', 1, '保有銘柄の確認', 1, now(), now())");
            s.execute("insert into ai_message (conversation_id, role, content, model, input_tokens, output_tokens, created_at) values"
                    + " ('6f1c2a9e-0000-4000-8000-000000000001', 'USER', '含み益はいくら？', null, null, null, now()),"
                    + " ('6f1c2a9e-0000-4000-8000-000000000001', 'ASSISTANT', '約148万円の含み益です。', 'anthropic.claude', 812, 64, now())");
        }
    }

    private static void customer(DataSource app, FieldCipher cipher, String code, String name, String kana, String phone, String email,
                                 String address, String birthDate, long income, long netWorth) throws SQLException {
        boolean corporate = birthDate == null;
        try (Connection c = app.getConnection(); PreparedStatement p = c.prepareStatement("insert into customers (customer_code, customer_type,"
                + " name, name_kana, birth_date, birth_year, phone, phone_index, email, address, annual_income, net_worth, risk_tolerance,"
                + " investment_experience, sales_rep_id, search_text, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'STABLE_GROWTH', 'OVER_5_YEARS', 1, ?, 'r9001', 'r9001')")) {
            p.setString(1, code);
            p.setString(2, corporate ? "CORPORATE" : "INDIVIDUAL");
            p.setString(3, name);
            p.setString(4, kana);
            p.setString(5, cipher.encrypt(birthDate));
            p.setObject(6, corporate ? null : Integer.valueOf(birthDate.substring(0, 4)));
            p.setString(7, cipher.encrypt(phone));
            p.setString(8, cipher.blindIndex(phone.replaceAll("\\D", "")));
            p.setString(9, cipher.encrypt(email));
            p.setString(10, cipher.encrypt(address));
            p.setString(11, cipher.encrypt(Long.toString(income)));
            p.setString(12, cipher.encrypt(Long.toString(netWorth)));
            p.setString(13, (name + " " + kana + " " + code).toLowerCase());
            p.executeUpdate();
        }
    }
}
