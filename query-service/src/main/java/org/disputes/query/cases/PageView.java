package org.disputes.query.cases;

import org.disputes.platform.web.ApiProblem;

import java.util.List;
import java.util.function.Function;

/** One page of a list (the case list, a work queue): its items, which page of what size, how many match in all. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    /** Refuses a page before the first, or a size outside 1 to {@value #MAX_SIZE}, naming the parameter. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be zero or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiProblem.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static <T> PageView<T> of(CaseViewRepository.Page found, Function<CaseView, T> item, int page, int size) {
        return new PageView<>(found.items().stream().map(item).toList(), page, size, found.total());
    }
}
