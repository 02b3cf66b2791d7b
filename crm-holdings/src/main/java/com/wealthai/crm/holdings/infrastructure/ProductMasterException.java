package com.wealthai.crm.holdings.infrastructure;

/** The Product Master could not be read or answered something unusable; the reason is shown to the admin. */
public class ProductMasterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProductMasterException(String reason) {
        super(reason);
    }
}
