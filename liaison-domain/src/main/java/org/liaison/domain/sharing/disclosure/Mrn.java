package org.liaison.domain.sharing.disclosure;

/** A patient's medical record number as lists show it: only its last four characters. */
public final class Mrn {

    private static final int SHOWN = 4;

    private Mrn() {
    }

    public static String mask(String mrn) {
        if (mrn == null || mrn.isEmpty()) {
            return mrn;
        }
        String tail = mrn.length() <= SHOWN ? mrn.substring(mrn.length() - 1) : mrn.substring(mrn.length() - SHOWN);
        return "••••" + tail;
    }

    /** The form an MRN is stored and searched in: trimmed, upper case. */
    public static String normalise(String mrn) {
        return mrn == null ? null : mrn.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
