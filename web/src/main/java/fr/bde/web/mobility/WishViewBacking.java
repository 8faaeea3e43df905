package fr.bde.web.mobility;

import fr.bde.mobility.service.MobilityPoolService;
import fr.bde.mobility.service.WishDetail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A wish opened from the pool search (/mobilite/souhait.xhtml?id=): the access is logged for its owner. */
@Named
@ViewScoped
public class WishViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MobilityPoolService pools;

    private Long id;
    private WishDetail wish;

    public void load() {
        if (wish == null) {
            wish = pools.open(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WishDetail getWish() {
        return wish;
    }
}
