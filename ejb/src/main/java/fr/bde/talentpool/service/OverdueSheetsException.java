package fr.bde.talentpool.service;

import fr.bde.common.BusinessException;
import jakarta.ejb.ApplicationException;

/** The recruiter has sheets past their due date: the pool is closed to them until they are updated. */
@ApplicationException(rollback = true)
public class OverdueSheetsException extends BusinessException {

    public OverdueSheetsException(long count) {
        super("sar.pool.blocked", count);
    }
}
