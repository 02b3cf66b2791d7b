package com.wealthai.crm.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The house formats in views: {@code #{fmt.date(d)}} → 2026/11/24, {@code #{fmt.dateTime(t)}} →
 * 2026/11/24 09:30 (Tokyo), {@code #{fmt.yen(amount)}} → ¥1,234,567, {@code #{fmt.number(x, 2)}}.
 * One place, so every module shows dates and money the same way.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(TOKYO));
    }

    /** To the second, for the audit trail. */
    public String timestamp(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME_SECONDS.format(time.atZoneSameInstant(TOKYO));
    }

    /** Whole yen with grouping and the yen sign; negative amounts keep their minus sign. */
    public String yen(Number amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString());
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.JAPAN);
        return "¥" + format.format(value.setScale(0, RoundingMode.HALF_UP));
    }

    /** A number with grouping and the given decimals. */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
