package com.wealthai.crm.bench.copy;

import com.wealthai.crm.core.api.EncryptedStringConverter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a generated record becomes a row of an app table: a value per column name the generator
 * knows (with the other names a module might have chosen for it), matched against the table's
 * real columns. Unknown optional columns are left to their defaults; an unknown required column
 * stops the run with its name.
 *
 * <p>Personal values ({@link #personal}) are encrypted exactly as the app's JPA converters store
 * them (the same converter classes, the same data key) when the column is text, and written plain
 * when the module chose a typed column for them.
 *
 * @param <R> the generated record
 */
public final class RowMapping<R> {

    private static final EncryptedStringConverter CIPHER = new EncryptedStringConverter();

    private record Field<R>(List<String> names, Function<R, Object> value, boolean personal) {
    }

    private final List<Field<R>> fields = new ArrayList<>();

    /** A column, under any of its possible names. */
    public RowMapping<R> column(Function<R, Object> value, String... names) {
        fields.add(new Field<>(List.of(names), value, false));
        return this;
    }

    /** A personal column (phone, e-mail, address, birth date, income, net worth): encrypted at rest. */
    public RowMapping<R> personal(Function<R, Object> value, String... names) {
        fields.add(new Field<>(List.of(names), value, true));
        return this;
    }

    /** Binds the mapping to the table's real columns and opens its COPY. */
    public Bound<R> bind(Connection connection, TableShape table) throws SQLException {
        Map<TableShape.Column, Field<R>> used = new LinkedHashMap<>();
        for (TableShape.Column column : table.columns()) {
            Field<R> field = fields.stream().filter(f -> f.names().contains(column.name())).findFirst().orElse(null);
            if (field != null) {
                used.put(column, field);
            } else if (!column.optional()) {
                throw new IllegalStateException(table.name() + "." + column.name() + " (" + column.type()
                        + ") is required and the benchmark generator does not know it: add it to the generator's mapping");
            }
        }
        String[] names = used.keySet().stream().map(TableShape.Column::name).toArray(String[]::new);
        return new Bound<>(CopyStream.open(connection, table.name(), names), List.copyOf(used.entrySet()));
    }

    /** A mapping bound to a table, writing rows into its COPY. */
    public static final class Bound<R> implements AutoCloseable {

        private final CopyStream copy;
        private final List<Map.Entry<TableShape.Column, Field<R>>> columns;

        private Bound(CopyStream copy, List<Map.Entry<TableShape.Column, Field<R>>> columns) {
            this.copy = copy;
            this.columns = columns;
        }

        public void write(R record) throws SQLException {
            for (Map.Entry<TableShape.Column, Field<R>> entry : columns) {
                Object value = entry.getValue().value().apply(record);
                if (entry.getValue().personal() && value != null && entry.getKey().isText()) {
                    copy.value(CIPHER.convertToDatabaseColumn(value.toString()));
                } else {
                    put(value);
                }
            }
            copy.endRow();
        }

        public long rows() {
            return copy.rows();
        }

        @Override
        public void close() throws SQLException {
            copy.close();
        }

        private void put(Object value) {
            if (value == null) {
                copy.nullValue();
            } else if (value instanceof String s) {
                copy.value(s);
            } else if (value instanceof Long l) {
                copy.value(l.longValue());
            } else if (value instanceof Integer i) {
                copy.value(i.intValue());
            } else if (value instanceof BigDecimal d) {
                copy.value(d);
            } else if (value instanceof LocalDate d) {
                copy.value(d);
            } else if (value instanceof OffsetDateTime t) {
                copy.value(t);
            } else if (value instanceof Boolean b) {
                copy.value(b.booleanValue());
            } else if (value instanceof Enum<?> e) {
                copy.value(e.name());
            } else {
                copy.value(value.toString());
            }
        }
    }
}
