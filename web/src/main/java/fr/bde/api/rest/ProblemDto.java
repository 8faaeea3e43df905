package fr.bde.api.rest;

/** RFC 9457 problem details. */
public record ProblemDto(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
