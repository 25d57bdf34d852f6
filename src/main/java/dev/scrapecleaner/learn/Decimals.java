package dev.scrapecleaner.learn;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoublePredicate;

/**
 * Short decimal texts for the model file. The trainer uses the value a text parses to, never the
 * unrounded one, so the file holds exactly the model that was trained and stays small.
 */
final class Decimals {
    private Decimals() {
    }

    /**
     * The shortest decimal whose float lies strictly between {@code below} and {@code above} and
     * passes {@code allowed}, or null if none of up to ten significant digits does. Of the
     * decimals of a length, the one nearest the middle.
     */
    static String floatBetween(float below, float above, DoublePredicate allowed) {
        if (below < 0 && above > 0 && allowed.test(0)) return "0";
        BigDecimal low = new BigDecimal(below);
        BigDecimal high = new BigDecimal(above);
        BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
        BigDecimal larger = low.abs().max(high.abs());
        int magnitude = larger.precision() - larger.scale() - 1;
        // Rounding the middle to ever finer powers of ten finds the coarsest multiple inside the
        // interval: while the interval is narrower than the step, only the nearest can be inside.
        for (int digits = 1; digits <= 10; digits++) {
            BigDecimal candidate = middle.setScale(digits - 1 - magnitude, RoundingMode.HALF_EVEN);
            float parsed = Float.parseFloat(candidate.toString());
            if (below < parsed && parsed < above && allowed.test(parsed)) return text(candidate);
        }
        return null;
    }

    /** {@code value} rounded to {@code digits} significant digits, as short a text as that allows. */
    static String round(double value, int digits) {
        if (value == 0) return "0";
        return text(new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }

    /** Plain notation ("0.0123", "250") unless that would need many zeros ("1.5E-4", "2E12"). */
    static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) return "0";
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent >= -3 && exponent <= 9) return stripped.toPlainString();
        String digits = stripped.unscaledValue().abs().toString();
        return (stripped.signum() < 0 ? "-" : "") + digits.charAt(0)
                + (digits.length() > 1 ? "." + digits.substring(1) : "") + "E" + exponent;
    }
}
