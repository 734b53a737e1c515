package com.migrainecare.booking.web;

import java.util.List;

/** Spring Data's page shape: {@code {content, page:{number, size, totalElements, totalPages}}}. */
public record PageResponse<T>(List<T> content, PageMeta page) {

    public static final int MAX_SIZE = 200;

    /** Where this page sits in the whole result. */
    public record PageMeta(int number, int size, long totalElements, long totalPages) {}

    public static <T> PageResponse<T> of(List<T> content, int page, int size, long total) {
        return new PageResponse<>(content, new PageMeta(page, size, total, (total + size - 1) / size));
    }

    public static void validate(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }
}
