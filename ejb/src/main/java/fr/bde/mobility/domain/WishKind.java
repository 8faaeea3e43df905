package fr.bde.mobility.domain;

/** Executive mobility wish (ADD posts) or staff wish (employees, cadres, IT staff, health establishments). */
public enum WishKind {
    EXECUTIVE,
    STAFF
}
