package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.holdings.domain.Holding;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports prices from CSV ({@code product_code,date,price}): all rows or none. Every row is checked
 * first; a single bad row, or a file that is not such a CSV, applies nothing and the report lists
 * each problem with its line. Applied prices are upserted by product and date, and the holdings of
 * those products are revalued at their latest price.
 */
public class PriceImport {

    static final List<String> HEADER = List.of("product_code", "date", "price");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final EntityManager em;
    private final CrmMessages messages;

    public PriceImport(EntityManager em, CrmMessages messages) {
        this.em = em;
        this.messages = messages;
    }

    private record Row(long productId, LocalDate date, BigDecimal price) {
    }

    public PriceImportReport run(Reader csv) {
        List<CSVRecord> records;
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true).get().parse(csv);
            if (!parser.getHeaderNames().stream().map(String::strip).map(s -> s.replace("\uFEFF", "")).toList().equals(HEADER)) {
                return failed(1, "header", messages.get("holdings.import.error.header", String.join(",", HEADER)));
            }
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(0, "file", messages.get("holdings.import.error.malformed"));
        }
        Map<String, Long> products = productIds();
        List<PriceImportReport.RowError> errors = new ArrayList<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (CSVRecord r : records) {
            long line = r.getRecordNumber() + 1;
            if (r.size() != HEADER.size()) {
                errors.add(new PriceImportReport.RowError(line, "row", messages.get("holdings.import.error.columns", HEADER.size())));
                continue;
            }
            Long productId = products.get(r.get(0));
            LocalDate date = date(r.get(1));
            BigDecimal price = price(r.get(2));
            if (productId == null) {
                errors.add(new PriceImportReport.RowError(line, "product_code", messages.get("holdings.import.error.product", r.get(0))));
            }
            if (date == null) {
                errors.add(new PriceImportReport.RowError(line, "date", messages.get("holdings.import.error.date", r.get(1))));
            }
            if (price == null) {
                errors.add(new PriceImportReport.RowError(line, "price", messages.get("holdings.import.error.price", r.get(2))));
            }
            if (productId != null && date != null && price != null
                    && rows.put(productId + "@" + date, new Row(productId, date, price)) != null) {
                errors.add(new PriceImportReport.RowError(line, "date", messages.get("holdings.import.error.duplicate", r.get(0), r.get(1))));
            }
        }
        if (!errors.isEmpty() || records.isEmpty()) {
            return errors.isEmpty() ? failed(0, "file", messages.get("holdings.import.error.empty"))
                    : new PriceImportReport(records.size(), 0, 0, errors);
        }
        rows.values().forEach(row -> em.createNativeQuery("insert into product_prices (product_id, price_date, price)"
                        + " values (?1, ?2, ?3) on conflict (product_id, price_date) do update set price = excluded.price")
                .setParameter(1, row.productId()).setParameter(2, Date.valueOf(row.date())).setParameter(3, row.price())
                .executeUpdate());
        int revalued = revalue(rows.values().stream().map(Row::productId).distinct().toList());
        return new PriceImportReport(records.size(), rows.size(), revalued, List.of());
    }

    /** Sets each holding of the products to its product's latest price. */
    private int revalue(List<Long> productIds) {
        Map<Long, BigDecimal> latest = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> prices = em.createNativeQuery("select distinct on (product_id) product_id, price from product_prices"
                + " where product_id = any(?1) order by product_id, price_date desc")
                .setParameter(1, productIds.toArray(Long[]::new)).getResultList();
        prices.forEach(p -> latest.put(((Number) p[0]).longValue(), (BigDecimal) p[1]));
        List<Holding> holdings = em.createQuery("select h from Holding h where h.product.id in :ids", Holding.class)
                .setParameter("ids", productIds).getResultList();
        holdings.forEach(h -> h.revalue(latest.get(h.getProduct().getId())));
        return holdings.size();
    }

    private Map<String, Long> productIds() {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select p.productCode, p.id from Product p", Object[].class).getResultList()
                .forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }

    private static LocalDate date(String value) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, SLASHED)) {
            try {
                return LocalDate.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        return null;
    }

    private static BigDecimal price(String value) {
        try {
            BigDecimal price = new BigDecimal(value.replace(",", ""));
            return price.signum() < 0 || price.scale() > 6 || price.precision() - price.scale() > 12 ? null : price;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static PriceImportReport failed(long line, String field, String message) {
        return new PriceImportReport(0, 0, 0, List.of(new PriceImportReport.RowError(line, field, message)));
    }
}
