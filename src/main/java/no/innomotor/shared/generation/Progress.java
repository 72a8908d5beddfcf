package no.innomotor.shared.generation;

/** Progress of one kind of row: a bar with the count and the rate on standard error. */
public interface Progress {

    void advance(long count);

    default void advance() {
        advance(1);
    }

    /** The kind is done: its count goes into the summary. */
    void done();
}
