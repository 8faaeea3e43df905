package fr.bde.followup.service;

/** Settings of the recruitment support scheme, as system properties. */
public final class SarSettings {

    /** Mailbox of the recruitment commission (copy of the "no response" mails). */
    public static final String COMMISSION_EMAIL_PROPERTY = "bde.sar.commission-email";
    public static final String COMMISSION_EMAIL_DEFAULT = "recrutement.ge@numeric-emploi.org";
    /** Hour (Paris time) of the daily deadline job. */
    public static final String DEADLINE_HOUR_PROPERTY = "bde.sar.deadline.hour";
    public static final int DEADLINE_HOUR_DEFAULT = 6;

    private SarSettings() {
    }

    public static String commissionEmail() {
        return System.getProperty(COMMISSION_EMAIL_PROPERTY, COMMISSION_EMAIL_DEFAULT);
    }

    public static int deadlineHour() {
        return Integer.getInteger(DEADLINE_HOUR_PROPERTY, DEADLINE_HOUR_DEFAULT);
    }
}
