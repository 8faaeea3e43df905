package fr.bde.web.admin;

import fr.bde.common.BusinessException;
import fr.bde.mail.domain.OutboxMessage;
import fr.bde.mail.service.OutboxAdminService;
import fr.bde.mail.service.OutboxFilter;
import fr.bde.mail.service.OutboxRow;
import fr.bde.web.Messages;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The outbox for the Ucanss administrator (/admin/courriels.xhtml): failed messages first, re-send. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxAdminService outbox;

    private OutboxMessage.Status status = OutboxMessage.Status.FAILED;
    private String recipient;
    private LocalDate from;
    private LocalDate to;
    private PagedRows<OutboxRow> rows;

    @PostConstruct
    void init() {
        OutboxAdminService service = outbox;
        rows = new PagedRows<>(page -> service.list(filter(), page), OutboxRow::id);
    }

    private OutboxFilter filter() {
        return new OutboxFilter(status, recipient, from, to);
    }

    /** Filters are read by the table's next load. */
    public void search() {
        // the lazy model reads the fields at its next load
    }

    public void resend(Long id) {
        try {
            outbox.resend(id);
            Messages.info("outbox.resent", id);
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public OutboxMessage.Status[] getStatuses() {
        return OutboxMessage.Status.values();
    }

    public PagedRows<OutboxRow> getRows() {
        return rows;
    }

    public OutboxMessage.Status getStatus() {
        return status;
    }

    public void setStatus(OutboxMessage.Status status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
