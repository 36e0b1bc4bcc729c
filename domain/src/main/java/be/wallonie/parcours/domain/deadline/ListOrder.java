package be.wallonie.parcours.domain.deadline;

/** The orders a list of case files can be read in; each ends with the file's id, so that keyset paging is steady. */
public enum ListOrder {
    /** The most recently opened first: the list of every file. */
    LATEST_OPENED,
    /** The oldest opened first: the files waiting longest (the attestations to issue). */
    EARLIEST_OPENED,
    /** The earliest deadline not done yet first, files without one last: the work queues. */
    EARLIEST_DEADLINE
}
