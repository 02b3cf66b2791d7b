package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.SearchText;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reading notes, always through the caller's scope: crm-customers hands over the SQL condition that
 * keeps only the caller's customers, and every query here starts with it. Plain SQL because that
 * condition is SQL, and because the timeline, follow-up and search queries are shaped for their
 * indexes (see V1__create_sales_notes.sql).
 */
@ApplicationScoped
public class NoteQueries {

    private static final String COLUMNS = "n.note_id, n.customer_id, n.sales_rep_id, n.note_type, n.title, n.content, "
            + "n.note_date, n.follow_up_date, n.priority, n.status, n.created_at, n.created_by, n.updated_at, "
            + "n.updated_by, n.completed_at, n.version";
    private static final String OPEN = "n.status in ('OPEN', 'IN_PROGRESS')";

    @Resource(lookup = "java:global/jdbc/crm")
    DataSource dataSource;

    @Inject
    CustomerDirectory customers;

    /**
     * One page of the notes list. The page's notes are picked first and only their rows read: sorted
     * by date, the picking reads the timeline index alone (customer, date, id), where reading and
     * sorting the rows of a rep's 1,500 notes for 25 took 5.5 ms a page.
     */
    public List<NoteRow> page(NoteFilter filter, NoteSort sort, boolean descending, int offset, int limit, AccessScope scope) {
        Sql sql = where(filter, scope);
        String order = " order by " + sort.orderBy(descending);
        return rows("select " + COLUMNS + " from sales_notes n where n.note_id in (select n.note_id from sales_notes n where "
                + sql.text + order + " limit ? offset ?)" + order, sql.with(limit, offset));
    }

    public long count(NoteFilter filter, AccessScope scope) {
        Sql sql = where(filter, scope);
        return number("select count(*) from sales_notes n where " + sql.text, sql.params);
    }

    /** One note, if the caller may see it. */
    public Optional<NoteRow> byId(long noteId, AccessScope scope) {
        Sql sql = scoped(scope).and("n.note_id = ?", noteId);
        return rows("select " + COLUMNS + " from sales_notes n where " + sql.text, sql.params).stream().findFirst();
    }

    /** A customer's notes, newest first. */
    public List<NoteRow> timeline(long customerId, int limit, AccessScope scope) {
        Sql sql = scoped(scope).and("n.customer_id = ?", customerId);
        return rows("select " + COLUMNS + " from sales_notes n where " + sql.text
                + " order by n.note_date desc, n.note_id desc limit ?", sql.with(limit));
    }

    /** Open follow-ups due up to the end of this week (overdue ones included), soonest first. */
    public List<NoteRow> followUps(LocalDate today, Long salesRepId, AccessScope scope) {
        Sql sql = scoped(scope).and(OPEN + " and n.follow_up_date is not null and n.follow_up_date <= ?",
                Date.valueOf(FollowUpBucket.endOfWeek(today)));
        if (salesRepId != null) {
            sql = sql.and("n.sales_rep_id = ?", salesRepId);
        }
        return rows("select " + COLUMNS + " from sales_notes n where " + sql.text
                + " order by n.follow_up_date, " + NoteSort.PRIORITY.orderBy(false), sql.params);
    }

    /** Follow-ups in a date range, open or not, for the calendar. */
    public List<NoteRow> followUpsBetween(LocalDate from, LocalDate to, Long salesRepId, AccessScope scope) {
        Sql sql = scoped(scope).and("n.follow_up_date between ? and ? and n.status <> 'CANCELLED'",
                Date.valueOf(from), Date.valueOf(to));
        if (salesRepId != null) {
            sql = sql.and("n.sales_rep_id = ?", salesRepId);
        }
        return rows("select " + COLUMNS + " from sales_notes n where " + sql.text + " order by n.follow_up_date, n.note_id", sql.params);
    }

    /** Open follow-ups due before today: the number on the menu badge. */
    public long overdueCount(LocalDate today, AccessScope scope) {
        Sql sql = scoped(scope).and(OPEN + " and n.follow_up_date < ?", Date.valueOf(today));
        return number("select count(*) from sales_notes n where " + sql.text, sql.params);
    }

    /**
     * Open follow-ups by bucket (overdue, today, this week), for stats and the widget: counted in the
     * database, an administrator's week holds thousands.
     */
    public Map<FollowUpBucket, Long> bucketCounts(LocalDate today, AccessScope scope) {
        Sql sql = scoped(scope).and(OPEN + " and n.follow_up_date is not null and n.follow_up_date <= ?",
                Date.valueOf(FollowUpBucket.endOfWeek(today)));
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
        params.addAll(sql.params);
        Map<FollowUpBucket, Long> counts = new EnumMap<>(FollowUpBucket.class);
        query("select count(*) filter (where n.follow_up_date < ?), count(*) filter (where n.follow_up_date = ?), count(*)"
                + " from sales_notes n where " + sql.text, params, rs -> {
                    counts.put(FollowUpBucket.OVERDUE, rs.getLong(1));
                    counts.put(FollowUpBucket.TODAY, rs.getLong(2));
                    counts.put(FollowUpBucket.THIS_WEEK, rs.getLong(3) - rs.getLong(1) - rs.getLong(2));
                });
        return counts;
    }

    /** The most urgent open follow-ups (overdue or due today), oldest first, at most {@code limit}. */
    public List<NoteRow> urgentFollowUps(LocalDate today, AccessScope scope, int limit) {
        Sql sql = scoped(scope).and(OPEN + " and n.follow_up_date is not null and n.follow_up_date <= ?", Date.valueOf(today));
        return rows("select " + COLUMNS + " from sales_notes n where " + sql.text
                + " order by n.follow_up_date, " + NoteSort.PRIORITY.orderBy(false) + " limit " + Math.max(0, limit), sql.params);
    }

    /** How many notes of each type were written on or after a day. */
    public Map<NoteType, Long> countByTypeSince(LocalDate since, AccessScope scope) {
        Sql sql = scoped(scope).and("n.note_date >= ?", Date.valueOf(since));
        Map<NoteType, Long> counts = new EnumMap<>(NoteType.class);
        for (NoteType type : NoteType.values()) {
            counts.put(type, 0L);
        }
        query("select n.note_type, count(*) from sales_notes n where " + sql.text + " group by n.note_type", sql.params,
                rs -> counts.put(NoteType.valueOf(rs.getString(1)), rs.getLong(2)));
        return counts;
    }

    public long total(AccessScope scope) {
        return count(NoteFilter.none(), scope);
    }

    private Sql scoped(AccessScope scope) {
        ScopeRestriction restriction = customers.restriction(scope, "n.customer_id");
        return new Sql("(" + restriction.sql() + ")", new ArrayList<>(restriction.parameters()));
    }

    private Sql where(NoteFilter f, AccessScope scope) {
        Sql sql = scoped(scope);
        if (f.customerId() != null) {
            sql = sql.and("n.customer_id = ?", f.customerId());
        }
        if (f.salesRepId() != null) {
            sql = sql.and("n.sales_rep_id = ?", f.salesRepId());
        }
        if (f.noteType() != null) {
            sql = sql.and("n.note_type = ?", f.noteType().name());
        }
        if (f.priority() != null) {
            sql = sql.and("n.priority = ?", f.priority().name());
        }
        if (f.status() != null) {
            sql = sql.and("n.status = ?", f.status().name());
        }
        if (f.followUpFrom() != null) {
            sql = sql.and("n.follow_up_date >= ?", Date.valueOf(f.followUpFrom()));
        }
        if (f.followUpTo() != null) {
            sql = sql.and("n.follow_up_date <= ?", Date.valueOf(f.followUpTo()));
        }
        if (f.dueBefore() != null) {
            sql = sql.and(OPEN + " and n.follow_up_date < ?", Date.valueOf(f.dueBefore()));
        }
        String text = SearchText.normalise(f.text());
        if (!text.isEmpty()) {
            // the bigram index narrows the candidates, LIKE confirms the exact substring
            sql = sql.and("sales_note_bigrams(n.search_text) @> sales_note_bigrams(?) and n.search_text like ?",
                    text, SearchText.containsPattern(text));
        }
        return sql;
    }

    private List<NoteRow> rows(String sql, List<Object> params) {
        List<NoteRow> rows = new ArrayList<>();
        query(sql, params, rs -> rows.add(row(rs)));
        return rows;
    }

    private long number(String sql, List<Object> params) {
        long[] result = {0};
        query(sql, params, rs -> result[0] = rs.getLong(1));
        return result[0];
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, RowHandler handler) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading sales notes failed: " + e.getMessage(), e);
        }
    }

    private static NoteRow row(ResultSet rs) throws SQLException {
        return new NoteRow(rs.getLong("note_id"), rs.getLong("customer_id"), rs.getLong("sales_rep_id"),
                NoteType.valueOf(rs.getString("note_type")), rs.getString("title"), rs.getString("content"),
                rs.getObject("note_date", LocalDate.class), rs.getObject("follow_up_date", LocalDate.class),
                NotePriority.valueOf(rs.getString("priority")), NoteStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"),
                rs.getObject("completed_at", OffsetDateTime.class), rs.getLong("version"));
    }

    /** A WHERE clause and its positional parameters, grown one condition at a time. */
    private record Sql(String text, List<Object> params) {

        Sql and(String condition, Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(values));
            return new Sql(text + " and " + condition, all);
        }

        List<Object> with(Object... values) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(values));
            return all;
        }
    }
}
