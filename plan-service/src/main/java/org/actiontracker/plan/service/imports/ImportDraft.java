package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.DocumentAction;
import org.actiontracker.plan.document.ImportWarning;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionStatus;
import org.actiontracker.plan.domain.ActionUpdate;
import org.actiontracker.plan.domain.Organisation;
import org.actiontracker.plan.domain.Person;
import org.actiontracker.plan.domain.Plan;
import org.actiontracker.plan.domain.PlanState;
import org.actiontracker.plan.domain.Recommendation;
import org.actiontracker.plan.api.ActionInput;
import org.actiontracker.plan.api.DocumentDto;
import org.actiontracker.plan.api.ImportAction;
import org.actiontracker.plan.api.ImportCounts;
import org.actiontracker.plan.api.ImportOrganisation;
import org.actiontracker.plan.api.ImportOutcome;
import org.actiontracker.plan.api.ImportPlan;
import org.actiontracker.plan.api.ImportResult;
import org.actiontracker.plan.api.ImportUnplacedRow;
import org.actiontracker.plan.api.ImportUpdate;
import org.actiontracker.plan.api.PersonDto;
import org.actiontracker.plan.api.PlanInput;
import org.actiontracker.plan.service.RecommendationService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What an import will do, worked out before anything is written: which rows become actions (of which
 * recommendation), which stored actions and updates they match, and which fields change. A dry run
 * answers with just this; a real import writes it.
 */
final class ImportDraft {

    static final String SUB_POINT_UNKNOWN = "SUB_POINT_UNKNOWN";
    private static final int SUB_POINT_REF_LENGTH = 16;
    private static final int PERIOD_LENGTH = 100;
    private static final int TITLE_LENGTH = 300;

    /** The organisation imported into; existing is null when it will be created under name. */
    record TargetOrganisation(Organisation existing, String name) {
    }

    /** The plan stored before the import (plan null when none), its actions in plan order and their updates. */
    record StoredPlan(Plan plan, List<Action> actions, Map<UUID, List<ActionUpdate>> updates) {
        static final StoredPlan NONE = new StoredPlan(null, List.of(), Map.of());
    }

    /**
     * @param write the plan to create (its organisationId still to be filled in), or the fields of the
     *              stored plan that change
     * @param after the plan as it will be
     */
    record PlanDraft(Plan stored, ImportOutcome outcome, PlanInput write, PlanInput after, List<String> changes) {
    }

    /**
     * @param write the action to create, or the fields of the stored action that change
     * @param after the action as it will be
     */
    record ActionDraft(PlacedRow row, Action stored, ImportOutcome outcome, ActionInput write, ActionInput after,
                       List<String> changes, List<EntryDraft> entries) {

        List<PlacedRow.Entry> newEntries() {
            return entries.stream().filter(EntryDraft::isNew).map(EntryDraft::entry).toList();
        }
    }

    record EntryDraft(PlacedRow.Entry entry, boolean isNew) {
    }

    private final String format;
    private final TargetOrganisation organisation;
    private final PlanDraft plan;
    private final List<ActionDraft> actions;
    private final List<ImportUnplacedRow> unplaced;
    private final List<ImportWarning> warnings;
    private final List<String> unmappedStatusLabels;

    private ImportDraft(String format, TargetOrganisation organisation, PlanDraft plan, List<ActionDraft> actions,
                        List<ImportUnplacedRow> unplaced, List<ImportWarning> warnings,
                        List<String> unmappedStatusLabels) {
        this.format = format;
        this.organisation = organisation;
        this.plan = plan;
        this.actions = actions;
        this.unplaced = unplaced;
        this.warnings = warnings;
        this.unmappedStatusLabels = unmappedStatusLabels;
    }

    /** @param warnings the document's warnings so far; the draft adds its own */
    static ImportDraft of(ImportCommand command, ParsedDocument parsed, TargetOrganisation organisation,
                          StoredPlan stored, List<ImportWarning> warnings) {
        FieldFitter fitter = new FieldFitter(warnings);
        PlanDocument document = parsed.document();
        Map<String, Recommendation> recommendations = parsed.recommendations().stream()
                .collect(Collectors.toMap(recommendation -> recommendation.number, Function.identity()));
        List<PlacedRow> rows = new ArrayList<>();
        List<ImportUnplacedRow> unplaced = new ArrayList<>();
        for (DocumentAction row : document.actions()) {
            Recommendation recommendation = recommendations.get(RecommendationService.normalise(
                    row.recommendationNumber()));
            if (recommendation == null) {
                unplaced.add(new ImportUnplacedRow(row.recommendationNumber(), row.subPointRef(), row.description(),
                        "the source has no recommendation " + row.recommendationNumber()));
            } else {
                rows.add(place(row, recommendation, fitter, warnings));
            }
        }
        List<Action> paired = ActionMatcher.pair(rows, stored.actions());
        List<ActionDraft> actions = IntStream.range(0, rows.size())
                .mapToObj(i -> draftAction(rows.get(i), paired.get(i), stored.updates())).toList();
        PlanDraft plan = draftPlan(command, parsed, organisation, stored.plan(), fitter);
        return new ImportDraft(parsed.format().label(), organisation, plan, actions, unplaced, warnings,
                List.copyOf(document.unmappedStatusLabels()));
    }

    TargetOrganisation organisation() {
        return organisation;
    }

    PlanDraft plan() {
        return plan;
    }

    List<ActionDraft> actions() {
        return actions;
    }

    /** What the import would do, naming the records that exist already. */
    ImportResult preview() {
        return result(true, organisation.existing() == null ? null : organisation.existing().id,
                plan.stored() == null ? null : plan.stored().id,
                actions.stream().map(action -> action.stored() == null ? null : action.stored().id).toList());
    }

    /** What the import did. */
    ImportResult written(UUID organisationId, UUID planId, List<UUID> actionIds) {
        return result(false, organisationId, planId, actionIds);
    }

    private ImportResult result(boolean dryRun, UUID organisationId, UUID planId, List<UUID> actionIds) {
        PlanInput after = plan.after();
        List<ImportAction> shown = IntStream.range(0, actions.size())
                .mapToObj(i -> shown(actions.get(i), actionIds.get(i))).toList();
        List<PlacedRow.Entry> entries = actions.stream().flatMap(action -> action.row().entries().stream()).toList();
        int dated = (int) entries.stream().filter(entry -> entry.reportedOn() != null).count();
        ImportCounts counts = new ImportCounts(
                (int) actions.stream().map(action -> action.row().recommendation().number).distinct().count(),
                actions.size(), entries.size(), dated, entries.size() - dated,
                countOf(ImportOutcome.NEW), countOf(ImportOutcome.CHANGED),
                actions.stream().mapToInt(action -> action.newEntries().size()).sum(), unplaced.size(),
                warnings.size());
        return new ImportResult(dryRun, planId, format,
                new ImportOrganisation(organisationId, organisation.name(),
                        organisation.existing() == null ? ImportOutcome.NEW : ImportOutcome.UNCHANGED),
                new ImportPlan(planId, plan.outcome(), after.title(), after.versionLabel(), after.executiveLead(),
                        after.operationalLead(), after.governanceBody(), after.reviewDate(), after.state(),
                        plan.changes()),
                counts, shown, unplaced, warnings, unmappedStatusLabels);
    }

    private int countOf(ImportOutcome outcome) {
        return (int) actions.stream().filter(action -> action.outcome() == outcome).count();
    }

    private static ImportAction shown(ActionDraft action, UUID id) {
        ActionInput after = action.after();
        List<ImportUpdate> updates = action.entries().stream().map(draft -> {
            PlacedRow.Entry entry = draft.entry();
            return new ImportUpdate(draft.isNew() ? ImportOutcome.NEW : ImportOutcome.UNCHANGED, entry.reportedOn(),
                    entry.period(), entry.authorName(), entry.authorRole(), entry.reportedOn() == null, entry.text());
        }).toList();
        return new ImportAction(id, action.outcome(), after.recommendationNumber(), after.subPointRef(),
                after.description(), after.owner(), after.statusLabel(), after.status(), after.rag(),
                after.percentComplete(), after.targetDate(), after.documents(), action.changes(), updates);
    }

    // --- rows -----------------------------------------------------------------------------------

    private static PlacedRow place(DocumentAction row, Recommendation recommendation, FieldFitter fitter,
                                   List<ImportWarning> warnings) {
        String subPoint = row.subPointRef();
        if (subPoint != null && (subPoint.length() > SUB_POINT_REF_LENGTH
                || (!recommendation.subPoints.isEmpty() && !recommendation.hasSubPoint(subPoint)))) {
            warnings.add(new ImportWarning(SUB_POINT_UNKNOWN, "Recommendation " + recommendation.number
                    + " has no sub-point " + subPoint + "; that row is imported as an action on the recommendation"
                    + " as a whole", null));
            subPoint = null;
        }
        String where = "Row " + (subPoint != null ? subPoint : recommendation.number);
        PersonDto owner = row.owner() != null ? fitter.person(row.owner(), where + " owner")
                : row.ownerText() == null || row.ownerText().isBlank() ? null
                // a body ("Chief Constables") owns it: its name is the cell
                : new PersonDto(fitter.fit(row.ownerText(), FieldFitter.NAME, where + " owner"), null, null);
        List<DocumentDto> documents = row.documents().stream()
                .map(link -> new DocumentDto(link.title(), link.url())).toList();
        List<PlacedRow.Entry> entries = row.updates().stream().map(update -> new PlacedRow.Entry(update.reportedOn(),
                fitter.fit(update.period(), PERIOD_LENGTH, where + " update period"),
                fitter.fit(update.authorName(), FieldFitter.NAME, where + " update author"),
                fitter.fit(update.authorRole(), FieldFitter.NAME, where + " update author role"),
                update.text())).toList();
        return new PlacedRow(recommendation, subPoint, row.description(), owner, row.targetDate(), row.status(),
                fitter.fit(row.statusLabel(), FieldFitter.NAME, where + " status"), row.rag(),
                row.percentComplete(), documents, entries);
    }

    private static ActionDraft draftAction(PlacedRow row, Action stored, Map<UUID, List<ActionUpdate>> updates) {
        List<PlacedRow.Entry> entries = row.entries();
        List<Boolean> isNew = ActionMatcher.newEntries(entries,
                stored == null ? List.of() : updates.getOrDefault(stored.id, List.of()));
        List<EntryDraft> entryDrafts = IntStream.range(0, entries.size())
                .mapToObj(i -> new EntryDraft(entries.get(i), isNew.get(i))).toList();
        String number = row.recommendation().number;
        if (stored == null) {
            ActionInput write = new ActionInput(number, row.subPointRef(), null, row.description(), row.owner(),
                    row.targetDate(), row.status(), row.statusLabel(), row.rag(), row.percentComplete(),
                    row.documents());
            // as ActionService creates it: no status is NOT_STARTED, no target date the recommendation's deadline
            ActionInput after = new ActionInput(number, row.subPointRef(), null, row.description(), row.owner(),
                    row.targetDate() != null ? row.targetDate() : row.recommendation().deadline,
                    row.status() != null ? row.status() : ActionStatus.NOT_STARTED, row.statusLabel(), row.rag(),
                    row.percentComplete(), row.documents());
            return new ActionDraft(row, null, ImportOutcome.NEW, write, after, List.of(), entryDrafts);
        }
        Changes changes = new Changes();
        PersonDto storedOwner = dto(stored.owner);
        List<DocumentDto> storedDocuments = stored.documents.stream()
                .map(document -> new DocumentDto(document.title(), document.url())).toList();
        ActionInput write = new ActionInput(null, null, null,
                changes.of("description", row.description(), stored.description),
                changes.ofPerson("owner", row.owner(), storedOwner),
                changes.of("targetDate", row.targetDate(), stored.targetDate),
                changes.of("status", row.status(), stored.status),
                changes.of("statusLabel", row.statusLabel(), stored.statusLabel),
                changes.of("rag", row.rag(), stored.rag),
                changes.of("percentComplete", row.percentComplete(), stored.percentComplete),
                changes.of("documents", row.documents().isEmpty() ? null : row.documents(), storedDocuments));
        ActionInput after = new ActionInput(number, stored.subPointRef, stored.position,
                or(write.description(), stored.description), merge(write.owner(), storedOwner),
                or(write.targetDate(), stored.targetDate), or(write.status(), stored.status),
                or(write.statusLabel(), stored.statusLabel), or(write.rag(), stored.rag),
                or(write.percentComplete(), stored.percentComplete), or(write.documents(), storedDocuments));
        return new ActionDraft(row, stored, changes.outcome(), write, after, changes.fields(), entryDrafts);
    }

    // --- the plan -------------------------------------------------------------------------------

    private static PlanDraft draftPlan(ImportCommand command, ParsedDocument parsed, TargetOrganisation organisation,
                                       Plan stored, FieldFitter fitter) {
        PlanDocument document = parsed.document();
        String title = fitter.fit(document.title(), TITLE_LENGTH, "Plan title");
        PersonDto executiveLead = fitter.person(document.executiveLead(), "Executive lead");
        PersonDto operationalLead = fitter.person(document.operationalLead(), "Operational lead");
        String governanceBody = fitter.fit(document.governanceBody(), TITLE_LENGTH, "Governance body");
        String versionLabel = fitter.fit(document.versionLabel(), PERIOD_LENGTH, "Version label");
        if (stored == null) {
            String defaultTitle = organisation.name() + " action plan: " + parsed.source().title;
            PlanInput write = new PlanInput(null, parsed.source().id,
                    title != null ? title : fitter.fit(defaultTitle, TITLE_LENGTH, "Plan title"), executiveLead,
                    operationalLead, governanceBody, document.reviewDate(), versionLabel,
                    command.state() != null ? command.state() : PlanState.DRAFT, null);
            return new PlanDraft(null, ImportOutcome.NEW, write, write, List.of());
        }
        Changes changes = new Changes();
        PersonDto storedExecutive = dto(stored.executiveLead);
        PersonDto storedOperational = dto(stored.operationalLead);
        PlanInput write = new PlanInput(null, null, changes.of("title", title, stored.title),
                changes.ofPerson("executiveLead", executiveLead, storedExecutive),
                changes.ofPerson("operationalLead", operationalLead, storedOperational),
                changes.of("governanceBody", governanceBody, stored.governanceBody),
                changes.of("reviewDate", document.reviewDate(), stored.reviewDate),
                changes.of("versionLabel", versionLabel, stored.versionLabel),
                changes.of("state", command.state(), stored.state), null);
        PlanInput after = new PlanInput(stored.organisationId, stored.sourceId, or(write.title(), stored.title),
                merge(write.executiveLead(), storedExecutive), merge(write.operationalLead(), storedOperational),
                or(write.governanceBody(), stored.governanceBody), or(write.reviewDate(), stored.reviewDate),
                or(write.versionLabel(), stored.versionLabel), or(write.state(), stored.state),
                stored.reportingIntervalDays);
        return new PlanDraft(stored, changes.outcome(), write, after, changes.fields());
    }

    // --- comparing --------------------------------------------------------------------------------

    /**
     * The fields a document changes on a stored record. A document only sets what it gives: a value it
     * leaves out never clears what is stored, and a person's missing parts (an e-mail) are kept.
     */
    private static final class Changes {

        private final List<String> fields = new ArrayList<>();

        /** @return the document's value when it differs from the stored one, else null (no change) */
        <T> T of(String field, T document, T stored) {
            if (document == null || document.equals(stored)) {
                return null;
            }
            fields.add(field);
            return document;
        }

        PersonDto ofPerson(String field, PersonDto document, PersonDto stored) {
            return document == null || merge(document, stored).equals(stored) ? null : of(field, document, stored);
        }

        List<String> fields() {
            return Collections.unmodifiableList(fields);
        }

        ImportOutcome outcome() {
            return fields.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.CHANGED;
        }
    }

    /** A person as a partial update leaves it: the document's parts over the stored ones. */
    private static PersonDto merge(PersonDto document, PersonDto stored) {
        if (document == null || stored == null) {
            return document == null ? stored : document;
        }
        return new PersonDto(or(document.name(), stored.name()), or(document.role(), stored.role()),
                or(document.email(), stored.email()));
    }

    private static PersonDto dto(Person person) {
        return person == null ? null : new PersonDto(person.name, person.role, person.email);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
