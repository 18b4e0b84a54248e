package org.actiontracker.plan.bench;

import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.GeneratedDocuments;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.document.PlanDocumentParser;
import org.actiontracker.plan.document.PlanDocumentRenderer;
import org.actiontracker.plan.document.ReadLimits;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading a published plan, per format: the time detection and reading take per document (median of runs
 * after warm-up) and the peak heap while one document is read, printed beside the import limits and the
 * service's heap. The documents are the seeds in every format, a 5 MB Word document and a 50-page PDF.
 * Run by plan-service/bench/import-benchmark.sh. Args: SEEDS_DIR RUNS LIMITS(maxDocumentBytes,maxDecompressed,
 * maxEntries,maxPages) SERVICE_HEAP_MB.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        long[] limit = Arrays.stream(args[2].split(",")).mapToLong(Long::parseLong).toArray();
        long serviceHeapMb = Long.parseLong(args[3]);
        ReadLimits limits = new ReadLimits(limit[1], (int) limit[2], (int) limit[3]);
        PlanDocumentParser parser = new PlanDocumentParser();
        PlanDocumentRenderer renderer = new PlanDocumentRenderer();

        Map<String, byte[]> documents = new LinkedHashMap<>();
        String northumbria = Files.readString(seeds.resolve("northumbria-police.txt"), StandardCharsets.UTF_8);
        PlanDocument plan = parser.parse(northumbria, DocumentFormat.TEXT_EXPORT);
        documents.put("northumbria.txt", northumbria.getBytes(StandardCharsets.UTF_8));
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN, DocumentFormat.CSV)) {
            documents.put("northumbria." + format.fileExtension(),
                    renderer.render(plan, format).getBytes(StandardCharsets.UTF_8));
        }
        documents.put("northumbria.docx", GeneratedDocuments.docxOf(northumbria));
        documents.put("northumbria.xlsx", GeneratedDocuments.xlsxOf(northumbria));
        documents.put("northumbria.pdf", GeneratedDocuments.pdfOf(northumbria));
        documents.put("northumbria-5MB.docx", GeneratedDocuments.docxWithPicture(northumbria, 5 * 1024 * 1024 - 40_000));
        documents.put("northumbria-50-pages.pdf", GeneratedDocuments.pdfOfPages(northumbria, 50));

        System.out.printf("limits: document %d bytes, inflated zip %d bytes, %d zip entries, %d PDF pages;"
                + " service heap %d MB%n", limit[0], limit[1], limit[2], limit[3], serviceHeapMb);
        System.out.printf("%-26s %10s %8s %10s %12s %14s%n", "document", "bytes", "actions", "median ms",
                "max ms", "peak heap MB");
        for (Map.Entry<String, byte[]> document : documents.entrySet()) {
            byte[] content = document.getValue();
            int actions = 0;
            List<Long> times = new ArrayList<>();
            long peak = 0;
            for (int run = 0; run < runs + 2; run++) {
                System.gc();
                resetPeaks();
                long baseline = heapUsed();
                long start = System.nanoTime();
                DocumentFormat format = parser.detect(content, null, limits);
                actions = parser.parse(content, format, limits).actions().size();
                long elapsed = System.nanoTime() - start;
                peak = Math.max(peak, peakHeap() - baseline);
                if (run >= 2) {
                    times.add(elapsed / 1_000_000);
                }
            }
            times.sort(Long::compare);
            System.out.printf("%-26s %10d %8d %10d %12d %14.1f%s%n", document.getKey(), content.length, actions,
                    times.get(times.size() / 2), times.get(times.size() - 1), peak / 1048576.0,
                    content.length > limit[0] ? "  (over the document limit)" : "");
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    /** Peak over the heap's pools: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
