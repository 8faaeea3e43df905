package fr.bde.selection.service;

import java.io.Serializable;

/** An offer's selection settings: posts to fill, candidates hired, restricted hiring team. */
public record SelectionSettings(int posts, long hired, boolean restricted) implements Serializable {

    public static final int MAX_POSTS = 500;
}
