package com.wealthai.crm.bench.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The usual bulk-load move: a table's secondary indexes (not the primary key or unique constraints)
 * are dropped before its COPY and built again, from their own definitions, once the rows are in.
 * Building a GIN index over 300,000 notes at once is several times faster than updating it row by
 * row; the indexes come back exactly as the module's migration made them, in the same transaction.
 */
public final class SecondaryIndexes {

    private final List<String> definitions;

    private SecondaryIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    public static SecondaryIndexes drop(Connection connection, String table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (var query = connection.prepareStatement(
                "select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid "
                        + "where i.indrelid = ?::regclass and not i.indisprimary "
                        + "and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)")) {
            query.setString(1, table);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        List<String> definitions = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            for (String[] index : indexes) {
                statement.execute("drop index " + index[0]);
                definitions.add(index[1]);
            }
        }
        return new SecondaryIndexes(definitions);
    }

    public void rebuild(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }
}
