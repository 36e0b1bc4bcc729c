package be.wallonie.parcours.domain.deadline;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list or a work queue of case files.
 *
 * @param items the page's lines, in the list's order
 * @param total how many files the whole list holds
 * @param next  where the next page starts; empty on the last page
 */
public record CaseFileList(List<ListedCaseFile> items, long total, Optional<ListPosition> next) {
}
