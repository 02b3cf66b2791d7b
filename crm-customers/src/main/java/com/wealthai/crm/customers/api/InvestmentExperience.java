package com.wealthai.crm.customers.api;

/** Years of investment experience, from the fixed list: なし / 1年未満 / 1〜5年 / 5年以上. */
public enum InvestmentExperience {
    NONE,
    LESS_THAN_1_YEAR,
    ONE_TO_5_YEARS,
    OVER_5_YEARS;

    public String labelKey() {
        return "customers.experience." + name();
    }
}
