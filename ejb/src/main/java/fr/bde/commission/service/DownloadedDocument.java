package fr.bde.commission.service;

/** A document's name, media type (detected at upload) and bytes. */
public record DownloadedDocument(String fileName, String contentType, byte[] content) {
}
