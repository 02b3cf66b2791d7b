/**
 * What other modules may know of customers: their summary, whether the caller may see one, the SQL
 * restriction that applies a caller's scope to a table keyed by customer id, and the sections other
 * modules plug into the customer detail page. Records and interfaces only; the implementation is
 * private to crm-customers.
 */
package com.wealthai.crm.customers.api;
