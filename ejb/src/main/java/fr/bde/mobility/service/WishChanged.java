package fr.bde.mobility.service;

/** A wish was recorded, changed or deleted: fired in the transaction, observed after its commit to duplicate it at once. */
public record WishChanged(Long wishId) {
}
