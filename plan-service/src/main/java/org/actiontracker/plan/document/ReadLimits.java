package org.actiontracker.plan.document;

/**
 * How much of a document the readers will take apart: zip-based formats (Word, Excel) by the bytes
 * their entries inflate to and the number of entries, PDFs by their pages. Beyond a limit a reader
 * stops with {@link UnreadableDocumentException.Reason#TOO_LARGE} instead of filling the heap.
 */
public record ReadLimits(long maxDecompressedBytes, int maxZipEntries, int maxPdfPages) {

    /** The service's defaults (imports.* in application.properties); what tests and tools use when they set none. */
    public static final ReadLimits DEFAULT = new ReadLimits(8L * 1024 * 1024, 1000, 200);
}
