package org.actiontracker.plan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Zip-based documents (Word, Excel) inspected before POI opens them: every entry is inflated once,
 * to nowhere, counting entries and bytes, so that a zip bomb is refused after reading at most the
 * limit instead of filling the heap. POI's own guards are set to the same limits.
 */
final class ZipPackages {

    private ZipPackages() {
    }

    /** The names of the archive's entries, once it is known to stay within the limits. */
    static Set<String> entryNames(byte[] content, ReadLimits limits) {
        Set<String> names = new HashSet<>();
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (names.size() > limits.maxZipEntries()) {
                    throw tooLarge("holds more than " + limits.maxZipEntries() + " entries");
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > limits.maxDecompressedBytes()) {
                        throw tooLarge("inflates to more than " + limits.maxDecompressedBytes() + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "The file starts as a zip archive (as Word and Excel documents do) but is damaged: " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.CORRUPT,
                    "The file is a zip archive with nothing in it.");
        }
        return names;
    }

    /** POI's guards, for the reading that follows the inspection. */
    static InputStream guarded(byte[] content, ReadLimits limits) {
        ZipSecureFile.setMaxEntrySize(limits.maxDecompressedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
        return new ByteArrayInputStream(content);
    }

    private static UnreadableDocumentException tooLarge(String what) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
                "The document " + what + ", beyond what the importer unpacks (a zip bomb, or far larger than any plan).");
    }
}
