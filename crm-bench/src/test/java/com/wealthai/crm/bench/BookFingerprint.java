package com.wealthai.crm.bench;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a generated book says, independent of how it was encrypted: every row of every feature
 * table with encrypted values decrypted by the app's cipher, hashed per table. Two books from the
 * same seed have the same fingerprint although every ciphertext differs (fresh nonces).
 */
final class BookFingerprint {

    private BookFingerprint() {
    }

    static Map<String, String> of(DataSource dataSource) throws Exception {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : AppSchema.featureTables(connection)) {
                tables.put(table, hash(rows(connection, table)));
            }
        }
        return tables;
    }

    /** The distinct encrypted values of the table, decrypted: fails if the app's cipher cannot read one. */
    static List<String> decryptedValues(DataSource dataSource, String table) throws SQLException {
        List<String> plain = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String row : rows(connection, table)) {
                if (row.contains("\u0001")) {
                    for (String part : row.split("\\|")) {
                        if (part.startsWith("\u0001")) {
                            plain.add(part.substring(1));
                        }
                    }
                }
            }
        }
        return plain;
    }

    /** Rows as text, sorted; decrypted values are marked with \u0001 so that tests can find them. */
    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var result = connection.createStatement().executeQuery("select * from " + table)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    String value = result.getString(i);
                    if (value != null && value.startsWith("v1:")) {
                        value = "\u0001" + FieldEncryption.cipher().decrypt(value);
                    }
                    row.append(value).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String hash(List<String> rows) throws SQLException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String row : rows) {
                sha.update(row.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
