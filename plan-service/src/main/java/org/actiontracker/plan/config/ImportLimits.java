package org.actiontracker.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a document POST /imports takes, and how far its readers unpack it. */
@ConfigMapping(prefix = "imports")
public interface ImportLimits {

    /** The uploaded file, as sent: a raw body or the file part of a form; larger is a 413. */
    @WithDefault("10485760")
    long maxDocumentBytes();

    /** What a Word or Excel file's zip entries may inflate to in all; beyond, a 413 (a zip bomb). */
    @WithDefault("8388608")
    long maxDecompressedBytes();

    /** Entries a Word or Excel file's zip may hold. */
    @WithDefault("1000")
    int maxZipEntries();

    /** Pages a PDF may have. */
    @WithDefault("200")
    int maxPdfPages();
}
