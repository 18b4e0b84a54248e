package org.actiontracker.plan.document;

/** The document forms plans are published in. */
public enum DocumentFormat {
    /** Word/Excel exported as text: tab-separated cells, HTML fragments inside cells. */
    TEXT_EXPORT("text/plain; charset=UTF-8", "txt"),
    /** A web page (or fragment) holding the plan table. */
    HTML("text/html; charset=UTF-8", "html"),
    /** Pipe tables. */
    MARKDOWN("text/markdown; charset=UTF-8", "md"),
    /** RFC 4180, quoted cells may span lines. */
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String fileExtension;

    DocumentFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileExtension() {
        return fileExtension;
    }
}
