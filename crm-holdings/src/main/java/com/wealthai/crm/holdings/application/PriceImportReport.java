package com.wealthai.crm.holdings.application;

import java.util.List;

/**
 * The outcome of a price CSV import: either every row was applied, or none was and the errors say
 * why, row by row (line numbers as in the file, the header being line 1).
 */
public record PriceImportReport(int rowsRead, int pricesApplied, int holdingsRevalued, List<RowError> errors) {

    public record RowError(long line, String field, String message) {
    }

    public boolean applied() {
        return errors.isEmpty();
    }
}
