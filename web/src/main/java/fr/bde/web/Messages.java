package fr.bde.web;

import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/** Screen texts from the application bundle, and FacesMessages built from them. */
public final class Messages {

    public static final String BUNDLE = "fr.bde.i18n.Messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Messages.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        if (arguments.length == 0) {
            return pattern;
        }
        MessageFormat format = new MessageFormat(pattern, Locale.FRENCH);
        // dates in messages are read in Paris time, whatever the server's zone
        for (Format part : format.getFormats()) {
            if (part instanceof DateFormat date) {
                date.setTimeZone(TimeZone.getTimeZone(ClockProducer.PARIS));
            }
        }
        return format.format(arguments);
    }

    /** Whether the bundle has a text for this key (details built from data, e.g. an enum name). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Messages.class.getClassLoader()).containsKey(key);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a business refusal beside its field when the form has one (form:field), else at the top.
     */
    public static void error(String formId, BusinessException e) {
        String clientId = e.getField() == null || formId == null ? null : formId + ":" + e.getField();
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
        if (clientId != null) {
            // also in the summary at the top, so a screen reader announces it
            add(null, FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
