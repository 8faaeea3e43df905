package fr.bde.talentpool.domain;

/** Behaviour traits of the referential (volet 2), grouped by category; a profile lists its singularities. */
public enum BehaviourTrait {
    CONCISE(Category.COMMUNICATION),
    STRUCTURED(Category.COMMUNICATION),
    RECEPTIVE(Category.COMMUNICATION),
    MOTIVATED(Category.PERSONALITY),
    DYNAMIC(Category.PERSONALITY),
    CUSTOMER_MINDED(Category.RELATIONSHIP),
    FRANK(Category.RELATIONSHIP),
    SELF_CONTROLLED(Category.RELATIONSHIP),
    FRIENDLY(Category.RELATIONSHIP),
    ANALYTICAL(Category.METHOD),
    ORGANISED(Category.METHOD),
    RIGOROUS(Category.METHOD),
    ENGLISH(Category.LANGUAGES),
    GERMAN(Category.LANGUAGES);

    public enum Category { COMMUNICATION, PERSONALITY, RELATIONSHIP, METHOD, LANGUAGES }

    private final Category category;

    BehaviourTrait(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
