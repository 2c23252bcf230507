package org.liaison.domain.shared;

/** What a dialable phone number looks like, and how it becomes a tel: link. */
public final class PhoneNumber {

    /** Digits with the usual separators, an optional leading +, optional extension; empty is allowed. */
    public static final String PATTERN = "^$|^\\+?[0-9 ().-]{7,24}( ?(x|ext\\.?) ?[0-9]{1,6})?$";

    private PhoneNumber() {
    }

    /** The number as a tel: URI, keeping only what a phone dials (a leading + and digits). */
    public static String telUri(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String main = number.split("(?i)x|ext")[0];
        StringBuilder digits = new StringBuilder("tel:");
        for (int i = 0; i < main.length(); i++) {
            char c = main.charAt(i);
            if (Character.isDigit(c) || (c == '+' && digits.length() == 4)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }
}
