package fr.bde.web.recruiter;

import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.service.OfferService;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The history tab: every transition of the offer (who, when, what), with readable details. */
@Named
@ViewScoped
public class OfferHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offers;

    @Inject
    private OfferEditBacking offer;

    private transient List<OfferEvent> events;

    public List<OfferEvent> getEvents() {
        if (events == null) {
            events = offers.history(offer.getId());
        }
        return events;
    }

    /** The event's raw detail (version, team and member, step and comment, channel, reason) as a sentence part. */
    public String detail(OfferEvent event) {
        String detail = event.getDetail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return switch (event.getAction()) {
            case VERSION_CREATED -> {
                String[] parts = detail.split(";", 2);
                yield Messages.text(parts.length > 1 ? "recruiter.history.version.reapproval"
                        : "recruiter.history.version", parts[0]);
            }
            case TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED -> {
                String[] parts = detail.split(";", 2);
                yield parts.length < 2 ? detail
                        : Messages.text("recruiter.history.labelled", label("Team." + parts[0], parts[0]), parts[1]);
            }
            case STEP_APPROVED, STEP_REFUSED -> {
                int colon = detail.indexOf(" : ");
                String kind = colon < 0 ? detail : detail.substring(0, colon);
                String step = label("StepKind." + kind, kind);
                yield colon < 0 ? step : Messages.text("recruiter.history.labelled", step, detail.substring(colon + 3));
            }
            case APPROVAL_REQUESTED, APPROVED, REFUSED, APPROVAL_CANCELLED -> label("ApprovalKind." + detail, detail);
            case CLOSED -> label("CloseReason." + detail, detail);
            default -> detail;
        };
    }

    private static String label(String key, String fallback) {
        return Messages.has(key) ? Messages.text(key) : fallback;
    }
}
