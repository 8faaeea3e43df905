package fr.bde.web.mobility;

import fr.bde.common.BusinessException;
import fr.bde.mobility.service.MobilityWishService;
import fr.bde.mobility.service.MyWish;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The candidate's mobility wishes (/espace/candidat/mobilite.xhtml): the wishes, their pools, who consulted them; deletion. */
@Named
@ViewScoped
public class MyWishesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MobilityWishService wishes;

    private List<MyWish> mine;

    @PostConstruct
    void load() {
        mine = wishes.mine();
    }

    public void delete(Long id) {
        try {
            wishes.delete(id);
            Messages.info("mobility.mine.deleted");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
        load();
    }

    /** Reads the list again (the pools appear once the duplication ran). */
    public void refresh() {
        load();
    }

    public List<MyWish> getMine() {
        return mine;
    }

    public boolean isAnyPending() {
        return mine.stream().anyMatch(MyWish::pending);
    }
}
