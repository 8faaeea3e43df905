package fr.bde.mobility.domain;

/** Who a staff (hors ADD) wish is for: employees, cadres, IT staff, health-establishment staff (seed 000 §1.10). */
public enum StaffCategory {
    EMPLOYEE,
    MANAGER,
    IT,
    HEALTH_ESTABLISHMENT
}
