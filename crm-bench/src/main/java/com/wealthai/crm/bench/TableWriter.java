package com.wealthai.crm.bench;

import com.wealthai.crm.bench.copy.TableShape;
import java.sql.SQLException;

/**
 * Writes the generated rows of one app table; returns the row count. A table whose module is not in
 * the build (or not migrated) is skipped with a line in the report, so the generator runs on any
 * stage of the reactor.
 */
public interface TableWriter {

    /** The table's possible names, the module's choice first. */
    String[] tableNames();

    long write(GenerationContext context, TableShape table) throws SQLException;
}
