package org.actiontracker.plan.service.imports;

import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.plan.api.ImportResult;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.NotAPlanException;
import org.actiontracker.plan.document.PlanDocumentParser;
import org.actiontracker.plan.document.ReadLimits;
import org.actiontracker.plan.document.RecommendationCatalogue;
import org.actiontracker.plan.document.UnreadableDocumentException;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.domain.Source;
import org.actiontracker.plan.domain.SubPoint;
import org.actiontracker.plan.repository.RecommendationRepository;
import org.actiontracker.plan.repository.SourceRepository;
import org.actiontracker.plan.security.AccessPolicy;
import org.actiontracker.plan.security.Actor;
import org.actiontracker.plan.security.Roles;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;
import org.actiontracker.plan.config.ImportLimits;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Imports published plans: reads the document against the recommendations of its source, then
 * creates the plan, its actions and their dated updates, or on a re-import adds only what is new.
 */
@ApplicationScoped
public class ImportService {

    /** "The police response to stalking", loaded by migration V2. */
    public static final UUID STALKING_REPORT = UUID.fromString("5a1c0000-0000-4000-8000-000000000001");

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final SourceRepository sources;
    private final RecommendationRepository recommendations;
    private final PlanImporter importer;
    private final Vertx vertx;
    private final ImportLimits limits;

    public ImportService(SourceRepository sources, RecommendationRepository recommendations, PlanImporter importer,
                         Vertx vertx, ImportLimits limits) {
        this.limits = limits;
        this.sources = sources;
        this.recommendations = recommendations;
        this.importer = importer;
        this.vertx = vertx;
    }

    /**
     * Imports the document, or on a dry run says what importing it would do. An editor imports into
     * their own organisation; an admin into any, by default the one the document names, which is
     * created when it does not exist.
     */
    public Uni<ImportResult> importDocument(ImportCommand command, Actor actor) {
        ImportCommand authorised = command.withOrganisation(targetOrganisation(command, actor));
        // each repository call has its own short session: none is held while the document is parsed
        return sources.findById(command.sourceId())
                .onItem().ifNull().failWith(() -> ApiException.unprocessable("sourceId", "no source "
                        + command.sourceId()))
                .chain(source -> recommendations.list("sourceId", Sort.by("position"), source.id)
                        .chain(catalogue -> parse(command, source, catalogue)))
                .chain(parsed -> importer.apply(authorised, parsed, actor));
    }

    /** Checked before the document is read, so that nobody can make the service parse what they may not import. */
    private static UUID targetOrganisation(ImportCommand command, Actor actor) {
        AccessPolicy.requireAuthenticated(actor);
        if (command.organisationId() == null && actor.has(Roles.ADMIN)) {
            return null;
        }
        UUID organisation = command.organisationId() != null ? command.organisationId() : actor.organisationId();
        AccessPolicy.requireWrite(actor, organisation);
        return organisation;
    }

    /** On a worker thread: a large document takes seconds, which must not stall the event loop. */
    private Uni<ParsedDocument> parse(ImportCommand command, Source source, List<Recommendation> catalogue) {
        PlanDocumentParser parser = new PlanDocumentParser(catalogueOf(catalogue));
        ReadLimits readLimits = new ReadLimits(limits.maxDecompressedBytes(), limits.maxZipEntries(),
                limits.maxPdfPages());
        return vertx.executeBlocking(() -> {
            DocumentFormat format = null;
            try {
                format = parser.detect(command.content(), command.format(), readLimits);
                return new ParsedDocument(source, catalogue, format, parser.parse(command.content(), format, readLimits));
            } catch (NotAPlanException e) {
                throw ApiException.unprocessable(command.contentField(), "not an action plan (read as "
                        + format.label() + "): " + e.getMessage());
            } catch (UnreadableDocumentException e) {
                if (e.reason() == UnreadableDocumentException.Reason.TOO_LARGE) {
                    throw new ApiException(413, "Payload too large", e.getMessage(),
                            List.of(new FieldError(command.contentField(), e.getMessage())));
                }
                throw ApiException.unprocessable(command.contentField(), e.getMessage());
            } catch (RuntimeException e) {
                // a reader's own failure on odd input: the client learns it could not be read, never a 500
                LOG.warnf(e, "Could not read a document as %s", format);
                throw ApiException.unprocessable(command.contentField(), "could not be read"
                        + (format == null ? "" : " as " + format.label()));
            }
        }, false);
    }

    private static RecommendationCatalogue catalogueOf(List<Recommendation> recommendations) {
        return new RecommendationCatalogue(recommendations.stream()
                .map(recommendation -> new RecommendationCatalogue.CatalogueEntry(recommendation.number,
                        recommendation.text, recommendation.subPoints.stream().map(SubPoint::text)
                        .filter(Objects::nonNull).toList()))
                .toList());
    }
}
