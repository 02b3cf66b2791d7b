package com.wealthai.crm.bench;

import java.sql.SQLException;

/** Writes the generated rows of one table (or of a table and its small companions); returns the row count. */
public interface TableWriter {

    /** The name in the report, e.g. {@code customer}. */
    String name();

    long write(GenerationContext context) throws SQLException;
}
