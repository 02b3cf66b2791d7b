package com.wealthai.crm.core.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as CSV (UTF-8 with a byte-order mark, so that Excel in Japan opens it right) or as an
 * Excel workbook (streamed, so a large export does not fill the heap). Dates as {@code yyyy/MM/dd};
 * amounts stay numbers in Excel.
 *
 * <pre>{@code
 * var columns = List.of(
 *         new TableExport.Column<CustomerRow>("顧客コード", CustomerRow::code),
 *         new TableExport.Column<CustomerRow>("氏名", CustomerRow::name));
 * Faces.sendFile("customers.csv", true, out -> TableExport.csv(out, columns, rows));
 * }</pre>
 */
public final class TableExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A column: its header and how to read its value from a row. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private TableExport() {
    }

    public static <T> void csv(OutputStream out, List<Column<T>> columns, Iterable<T> rows) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder()
                    .setHeader(columns.stream().map(Column::header).toArray(String[]::new)).get());
            for (T row : rows) {
                for (Column<T> column : columns) {
                    printer.print(text(column.value().apply(row)));
                }
                printer.println();
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> void xlsx(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd"));
            CellStyle amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
            }
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(row);
                    Cell cell = line.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
                        cell.setCellStyle(amountStyle);
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value != null) {
                        cell.setCellValue(text(value));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor && !(value instanceof java.time.Instant)) {
            try {
                return DATE.format((TemporalAccessor) value);
            } catch (java.time.DateTimeException notADate) {
                return value.toString();
            }
        }
        return value.toString();
    }
}
