package fr.bde.offer.domain;

import java.util.regex.Pattern;

/**
 * Offer reference as the network knows it: {@code NV} + {@code ADD} (executive post) or
 * {@code HADD} (hors ADD) + a sequence number on at least five digits, e.g. {@code NVHADD00095}.
 */
public record OfferReference(String value) {

    public static final int MAX_LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("NV(ADD|HADD)\\d{5,12}");

    public OfferReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid offer reference: " + value);
        }
    }

    public static OfferReference of(boolean executive, long number) {
        if (number <= 0) {
            throw new IllegalArgumentException("Reference numbers start at 1: " + number);
        }
        return new OfferReference((executive ? "NVADD" : "NVHADD") + String.format("%05d", number));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public boolean isExecutive() {
        return value.startsWith("NVADD");
    }

    @Override
    public String toString() {
        return value;
    }
}
