package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.BookLayout;
import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.ContactData;
import com.wealthai.crm.bench.data.JapaneseNames;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/** The sales reps (crm-customers' table), ids 1…n, spread over the branches. */
public final class SalesReps implements TableWriter {

    /** One generated rep. */
    record Rep(long id, String code, JapaneseNames.Name name, String branch, String phone, String email,
               LocalDate hireDate, OffsetDateTime createdAt) {
    }

    private static final RowMapping<Rep> MAPPING = new RowMapping<Rep>()
            .column(Rep::id, "id", "rep_id")
            .column(Rep::code, "rep_code", "code")
            .column(r -> r.name().kanji(), "name", "full_name")
            .column(r -> r.name().kana(), "name_kana", "kana")
            .column(r -> "ウェルスマネジメント部", "department")
            .column(Rep::branch, "branch")
            .column(Rep::email, "email")
            .column(Rep::phone, "phone")
            .column(Rep::hireDate, "hire_date")
            .column(r -> true, "active", "enabled")
            .column(Rep::createdAt, "created_at", "updated_at")
            .column(r -> 0L, "version");

    @Override
    public String[] tableNames() {
        return new String[] {"sales_representatives"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        BookLayout layout = context.layout();
        SplittableRandom random = context.seeds().stream("sales_rep");
        OffsetDateTime created = context.asOf().minusYears(1).atStartOfDay(GenerationContext.TOKYO).toOffsetDateTime();
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int id = 1; id <= context.scale().reps(); id++) {
                String code = layout.repCode(id);
                rows.write(new Rep(id, code, JapaneseNames.person(random, random.nextInt(3) != 0),
                        layout.branchName(layout.branchOfRep(id)), ContactData.officePhone(random),
                        code.toLowerCase(java.util.Locale.ROOT) + "@wealthai.example.jp",
                        context.asOf().minusDays(365L + random.nextInt(365 * 25)), created));
            }
            return rows.rows();
        }
    }
}
