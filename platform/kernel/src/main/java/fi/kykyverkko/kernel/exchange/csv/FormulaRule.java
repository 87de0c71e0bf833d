package fi.kykyverkko.kernel.exchange.csv;

import java.util.regex.Pattern;

/**
 * The one definition of a "formula-looking" cell, shared by import (reject) and export (neutralise), after the
 * OWASP CSV injection guidance: a spreadsheet may evaluate a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return.
 */
final class FormulaRule {

    /**
     * A signed number or phone number and nothing else: sign, digit, then digits and spaces, optionally one
     * decimal part. No operator, letter, pipe or bracket can follow, so {@code -2+3+cmd|' /C calc'!A0} fails.
     */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d[\\d ]*(?:[.,]\\d+)?");

    private FormulaRule() {
    }

    /** Whether a spreadsheet could take the cell for a formula (checked as is and after leading whitespace). */
    static boolean looksLikeFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || isTrigger(first)) {
            return true;
        }
        // some spreadsheets skip leading spaces and control characters (a NUL) before deciding, so look past them too
        int i = 0;
        while (i < cell.length() && isSkipped(cell.charAt(i))) {
            i++;
        }
        return i < cell.length() && isTrigger(cell.charAt(i));
    }

    /** As {@link #looksLikeFormula}, but a plain signed number ({@code -12}, {@code +358 40 123 4567}) passes. */
    static boolean looksLikeFormula(String cell, boolean allowLeadingSign) {
        if (allowLeadingSign && SIGNED_NUMBER.matcher(cell).matches()) {
            return false;
        }
        return looksLikeFormula(cell);
    }

    private static boolean isSkipped(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
