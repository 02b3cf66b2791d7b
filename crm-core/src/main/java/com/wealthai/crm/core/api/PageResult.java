package com.wealthai.crm.core.api;

import java.util.List;

/**
 * One page of a list as the API returns it: {@code {"items":[…],"total":N,"page":P,"size":S}}.
 * Pages are numbered from 1, as the original system's clients expect.
 */
public record PageResult<T>(List<T> items, long total, int page, int size) {

    public PageResult {
        items = List.copyOf(items);
    }
}
