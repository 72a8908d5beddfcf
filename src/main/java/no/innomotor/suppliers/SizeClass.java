package no.innomotor.suppliers;

/**
 * A company's size by the EU's definition of small and medium-sized enterprises (Recommendation 2003/361/EC), counted
 * in employees: micro below 10, small below 50, medium below 250, large from 250.
 */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public static SizeClass of(int employees) {
        if (employees < 0) {
            throw new IllegalArgumentException("A company has no fewer than 0 employees");
        }
        if (employees < 10) {
            return MICRO;
        }
        if (employees < 50) {
            return SMALL;
        }
        return employees < 250 ? MEDIUM : LARGE;
    }

    /** Micro, small and medium-sized enterprises are SMEs. */
    public boolean sme() {
        return this != LARGE;
    }
}
