package com.wealthai.crm.bench.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table as the app's migrations made it, read from the catalogue: its columns, their types and
 * whether they may be left out. The generator writes to what is there, so a column a module adds
 * later either gets its default or makes the run fail with the column's name, never silently wrong.
 */
public final class TableShape {

    /** One column; {@code optional} when it is nullable, has a default or is an identity. */
    public record Column(String name, String type, boolean optional) {

        /** Text columns hold encrypted values; a date or number column holds the plain value. */
        public boolean isText() {
            return type.equals("text") || type.equals("character varying") || type.equals("character");
        }
    }

    private final String name;
    private final List<Column> columns;

    private TableShape(String name, List<Column> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    /** The first of the candidate names that exists in the current schema. */
    public static Optional<TableShape> find(Connection connection, String... candidates) throws SQLException {
        for (String candidate : candidates) {
            List<Column> columns = new ArrayList<>();
            try (var query = connection.prepareStatement(
                    "select column_name, data_type, is_nullable = 'YES' or column_default is not null or is_identity = 'YES' "
                            + "or is_generated = 'ALWAYS' from information_schema.columns "
                            + "where table_schema = current_schema() and table_name = ? order by ordinal_position")) {
                query.setString(1, candidate);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new Column(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
                    }
                }
            }
            if (!columns.isEmpty()) {
                return Optional.of(new TableShape(candidate, columns));
            }
        }
        return Optional.empty();
    }

    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean has(String column) {
        return columns.stream().anyMatch(c -> c.name().equals(column));
    }
}
