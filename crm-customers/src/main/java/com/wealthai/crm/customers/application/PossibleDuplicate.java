package com.wealthai.crm.customers.application;

/**
 * An existing customer who may be the one being saved. Outside the caller's scope only the fact is
 * told (code and name stay null), so that the warning does not leak another rep's customer.
 *
 * @param reason {@code NAME_AND_BIRTH_DATE} or {@code PHONE}
 */
public record PossibleDuplicate(Long id, String customerCode, String name, String reason) {

    public boolean visible() {
        return id != null;
    }
}
