package org.actiontracker.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.actiontracker.plan.domain.ActionStatus;
import org.junit.jupiter.api.Test;

/** The five published plans, with values checked by reading each document. */
class SeedPlansParsingTest {

    @Test
    void humbersideRowsNumberedWithinARecommendationBecomeRecommendationLevelActions() {
        PlanDocument plan = Seed.HUMBERSIDE.parse();

        assertCounts(plan, 15, 40, 32, 17);
        assertThat(plan.actions()).allSatisfy(action -> assertThat(action.subPointRef()).isNull());
        DocumentAction first = plan.actions().get(0);
        assertThat(first.recommendationNumber()).isEqualTo("7");
        assertThat(first.description()).isEqualTo(
                "1. Processes should be put in place to make sure this system capability is effectively used by officers and staff.");
        assertThat(first.statusLabel()).isEqualTo("Complete");
        assertThat(first.status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(first.updates()).singleElement().satisfies(update -> {
            assertThat(update.undated()).isTrue();
            assertThat(update.text()).startsWith("as Niche ONLY allows for one principle crime");
        });
        assertThat(actionsOf(plan, "10")).extracting(DocumentAction::description)
                .allSatisfy(description -> assertThat(description).matches("^[1-5]\\. .*"))
                .hasSize(5);
        assertThat(plan.organisationName()).isEqualTo("Humberside Police");
        assertThat(plan.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.ORGANISATION_INFERRED);
    }

    @Test
    void humbersideUpdateCellsSplitIntoEntriesDatedAsTheForceWroteThem() {
        PlanDocument plan = Seed.HUMBERSIDE.parse();

        DocumentAction victimsRights = action(plan, "14", "2. Their force has appropriate processes");
        assertThat(victimsRights.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(victimsRights.statusLabel()).isEqualTo("Ongoing");
        assertThat(victimsRights.updates()).hasSize(2);
        assertUpdate(victimsRights.updates().get(0), LocalDate.of(2024, 10, 1), "Oct 24", "Det Supt Southbank",
                "The supervisor should review each case");
        assertUpdate(victimsRights.updates().get(1), LocalDate.of(2024, 11, 18), "Update 18/11/24", null,
                "The force has a process to make sure that all victims (including stalking victims) are told");

        DocumentAction workforce = action(plan, "18", "1. Their workforce has the capacity");
        assertUpdate(workforce.updates().get(1), LocalDate.of(2024, 11, 1), "Nov 24", "DCI Safeguarding Governance",
                "Humberside Police now have one trained Digi Dog");

        DocumentAction needsAssessments = action(plan, "14", "1. Victim needs assessments are always completed.");
        assertUpdate(needsAssessments.updates().get(0), LocalDate.of(2024, 10, 1), "Updated Oct 24", null,
                "All victims of stalking are entitled to \"Enhanced Rights\"");
        DocumentUpdate undatedByAuthor = needsAssessments.updates().get(1);
        assertThat(undatedByAuthor.undated()).isTrue();
        assertThat(undatedByAuthor.authorRole()).isEqualTo("D/Supt Southbank");
        assertThat(undatedByAuthor.text()).startsWith("Following on from our HMICFRS inspection");

        DocumentAction referrals = action(plan, "14", "5. They monitor the number of stalking victims");
        assertThat(referrals.updates()).extracting(DocumentUpdate::period).containsExactly("Update Oct 24", "Oct 24");
        assertThat(referrals.updates().get(1).text()).isEqualTo("As per action 4 (recommendation 14)");
        assertThat(action(plan, "22", "Using the information collated").updates().get(0).period())
                .isEqualTo("Updated October 24");
    }

    @Test
    void humbersideActionsTakeTheirOwnDeadlineElseTheRecommendations() {
        PlanDocument plan = Seed.HUMBERSIDE.parse();

        assertThat(action(plan, "28", "1. By 22 November 2024").targetDate()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(action(plan, "28", "2. By 27 March 2025").targetDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(action(plan, "14", "3. Information about").targetDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(action(plan, "17", "Force policies should support").targetDate())
                .as("Humberside prints recommendation 17 without its deadline").isNull();
    }

    @Test
    void northumbriaGivesOneActionPerSubPointWithItsLeadsAndBothUpdateRounds() {
        PlanDocument plan = Seed.NORTHUMBRIA.parse();

        assertCounts(plan, 14, 33, 64, 33);
        assertThat(plan.organisationName()).isEqualTo("Northumbria Police");
        assertThat(plan.versionLabel()).isEqualTo("March 2026 Update");
        assertThat(plan.executiveLead()).isEqualTo(new Person("Alastair Simpson", "ACC 7231 (Crime and Safeguarding)", null));
        assertThat(plan.operationalLead()).isEqualTo(new Person("Nicola Walker", "Chief Superintendent 7139", null));
        assertThat(plan.actions()).extracting(DocumentAction::subPointRef).startsWith("7.1", "7.2", "10.1", "10.2");

        DocumentAction crimeRecording = plan.actions().get(0);
        assertThat(crimeRecording.ownerText()).isEqualTo("Chief Constables");
        assertThat(crimeRecording.owner()).isNull();
        assertThat(crimeRecording.evidenceRequirement()).isEqualTo(
                "Processes should be put in place to make sure this system capability is effectively used by officers and staff.");
        assertThat(crimeRecording.description()).isEqualTo(crimeRecording.evidenceRequirement());
        assertThat(crimeRecording.targetDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(crimeRecording.updates()).extracting(DocumentUpdate::period)
                .containsExactly("Initial Action Plan Response", "March 2025 Update", "March 2026 Update");
        assertThat(crimeRecording.updates()).extracting(DocumentUpdate::reportedOn)
                .containsExactly(null, LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(crimeRecording.updates().get(0).text()).startsWith("Context - Linked to recommendation 6 (for Home Office)")
                .contains("\n\nProgress - The force recognises");
    }

    @Test
    void northumbriaRowsWithMergedOrMissingCellsAlignByWhatTheirCellsHold() {
        PlanDocument plan = Seed.NORTHUMBRIA.parse();

        DocumentAction riskPolicies = subPoint(plan, "12.2");
        assertThat(riskPolicies.recommendationNumber()).isEqualTo("12");
        assertThat(riskPolicies.evidenceRequirement()).startsWith("Having clear policies and procedures in place");
        assertThat(riskPolicies.ownerText()).isEqualTo("Chief Constables");
        assertThat(riskPolicies.updates()).hasSize(3);

        DocumentAction commissioning = subPoint(plan, "16.1");
        assertThat(commissioning.evidenceRequirement()).isNull();
        assertThat(commissioning.ownerText()).isEqualTo("CCs, PCs and their mayor equivalents");
        assertThat(commissioning.description()).startsWith("By 27 March 2025, work together to review commissioning");
        assertThat(commissioning.updates()).extracting(DocumentUpdate::period)
                .containsExactly("Initial Action Plan Response", "March 2025 Update", "March 2026 Update");

        DocumentUpdate undatedCellInDatedColumn = subPoint(plan, "27.1").updates().get(1);
        assertThat(undatedCellInDatedColumn.period()).isEqualTo("March 2026 Update");
        assertThat(undatedCellInDatedColumn.reportedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(undatedCellInDatedColumn.text())
                .isEqualTo("This was progressed and response was directed to the NPCC, for National Policing Lead.");

        assertThat(plan.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ImportWarning.SUB_POINT_GAP);
            assertThat(warning.message()).contains("12.1");
        });
    }

    @Test
    void clevelandJoinsRowsContinuedAfterPageBreaksAndIgnoresItsIntroduction() {
        PlanDocument plan = Seed.CLEVELAND.parse();

        assertCounts(plan, 14, 14, 0, 14);
        assertThat(plan.title()).isEqualTo("Response to Stalking Super Complaint");
        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber)
                .containsExactly("7", "10", "11", "12", "13", "14", "16", "17", "18", "20", "22", "23", "25", "28");
        DocumentAction orders = plan.actions().get(4);
        assertThat(orders.recommendationText())
                .contains("processes are in place so that police consider an SPO in every stalking case")
                .contains("\n\n- Local training and guidance on SPOs, including training and guidance for supervisors.");
        assertThat(orders.updates()).singleElement().satisfies(update -> assertThat(update.text())
                .startsWith("Training has been provided to officers and supervisors in relation to the completion of "
                        + "Stalking Prevention Orders (SPOs)."));
        assertThat(plan.actions().get(7).updates().get(0).text())
                .endsWith("\n\nFollowing the review, the associated crime allocation policy will be amended accordingly.");
        assertThat(plan.actions().get(1).recommendationText()).contains(
                "so it:\n\n- Meets the learning outcomes on stalking within the public protection national policing curriculum.\n");
        assertThat(plan.actions()).allSatisfy(action -> {
            assertThat(action.description()).isEqualTo(action.recommendationText());
            assertThat(action.statusLabel()).isNull();
        });
        assertThat(plan.actions().get(10).targetDate()).isEqualTo(LocalDate.of(2025, 9, 27));
    }

    @Test
    void northamptonshireReadsPercentagesFromStatusAndDatesUpdatesByTheDateColumn() {
        PlanDocument plan = Seed.NORTHAMPTONSHIRE.parse();

        assertCounts(plan, 15, 39, 37, 0);
        assertThat(plan.organisationName()).isEqualTo("Northamptonshire");
        assertThat(plan.executiveLead()).isEqualTo(new Person("Emma James", "ACC", null));
        assertThat(plan.operationalLead()).isEqualTo(new Person("Paul Rymarz", "DCS", null));

        DocumentAction audits = subPoint(plan, "11.2");
        assertThat(audits.statusLabel()).isEqualTo("In Progress 25%");
        assertThat(audits.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(audits.percentComplete()).isEqualTo(25);
        assertThat(subPoint(plan, "10.1").statusLabel()).isEqualTo("Action Complete");
        assertThat(subPoint(plan, "10.1").status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat(subPoint(plan, "17.1").percentComplete()).isEqualTo(75);
        assertThat(audits.updates()).singleElement().satisfies(update -> {
            assertThat(update.reportedOn()).isEqualTo(LocalDate.of(2024, 11, 20));
            assertThat(update.period()).isEqualTo("20/11/2024");
            assertThat(update.text()).startsWith("Internal audit work into Stalking will be conducted");
        });
        assertThat(subPoint(plan, "18.1").updates()).isEmpty();

        DocumentAction breaches = subPoint(plan, "12.3");
        assertThat(breaches.evidenceRequirement()).isEqualTo(
                "Recognising (in policies, guidance and training) the heightened risk associated with breaches of protective orders and measures.");
        assertThat(breaches.ownerText()).isEqualTo("Chief Constable");
        assertThat(breaches.statusLabel()).isEqualTo("In Progress");

        assertThat(subPoint(plan, "20.1").recommendationText()).as("taken from the 20.2 row, which carries it").isEqualTo(
                "By 27 March 2025, take steps to improve how their force effectively recognises and responds to online elements of stalking.");
        assertThat(subPoint(plan, "16.1").ownerText()).isEqualTo("CCs, PCCs and their mayor equivalents");
        assertThat(plan.unmappedStatusLabels()).isEmpty();
    }

    @Test
    void leicestershireReadsNumbersFromTheRecommendationTextAndSkipsLegendsAndBanners() {
        PlanDocument plan = Seed.LEICESTERSHIRE.parse();

        assertCounts(plan, 28, 29, 0, 15);
        assertThat(plan.title()).isEqualTo("Suzy Lamplugh Trust - RECOMMENDATION DELIVERY PLAN");
        assertThat(plan.operationalLead()).isEqualTo(new Person("Reme Humphris", "D/Supt", null));
        assertThat(plan.governanceBody()).isEqualTo("Vulnerability Board");
        assertThat(plan.reviewDate()).isEqualTo(LocalDate.of(2025, 3, 27));
        assertThat(plan.actions().get(0).ownerText()).isEqualTo("Home Office");
        assertThat(plan.actions().get(3).recommendationText()).isEqualTo("By 27 March 2025, work with the College of "
                + "Policing and others across the criminal justice system to issue guidance that assists the police and "
                + "criminal justice partners to select the most appropriate protective measure or combination of measures "
                + "to pursue in stalking cases.");
        assertThat(plan.actions().get(8).ownerText()).isEqualTo("MOJ");
        assertThat(plan.actions().get(8).targetDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(plan.actions()).extracting(DocumentAction::ownerText)
                .doesNotContain("Recommendation will not be, or is unlikely to be, implemented in full by its deadline");
        assertThat(plan.actions()).filteredOn(action -> action.statusLabel() != null)
                .extracting(DocumentAction::recommendationNumber).containsExactly("26", "27");
        assertThat(plan.warnings()).extracting(ImportWarning::code)
                .contains(ImportWarning.DUPLICATE_RECOMMENDATION, ImportWarning.ORGANISATION_INFERRED);
    }

    @Test
    void leicestershireRowsMisnumberedByARestartedListAreRenumberedByTheCatalogue() {
        PlanDocument plan = new PlanDocumentParser(StalkingCatalogue.catalogue())
                .parse(Seed.LEICESTERSHIRE.read(), DocumentFormat.TEXT_EXPORT);

        assertCounts(plan, 29, 29, 0, 15);
        assertThat(plan.actions()).extracting(DocumentAction::recommendationNumber)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 29).mapToObj(String::valueOf).toList());
        DocumentAction dedicatedOfficers = plan.actions().get(21);
        assertThat(dedicatedOfficers.recommendationText()).startsWith("By 27 September 2025, using the information collated");
        assertThat(dedicatedOfficers.targetDate()).isEqualTo(LocalDate.of(2025, 9, 27));
        DocumentAction publishPlan = plan.actions().get(27);
        assertThat(publishPlan.statusLabel()).isEqualTo("Complete");
        assertThat(publishPlan.ownerText()).isEqualTo("Chief Constables");
        assertThat(plan.actions().get(28).ownerText()).isEqualTo("NPCC");
        assertThat(plan.actions().get(28).targetDate()).isEqualTo(LocalDate.of(2025, 6, 27));
        assertThat(plan.warnings()).filteredOn(warning -> warning.code().equals(ImportWarning.RECOMMENDATION_RENUMBERED))
                .hasSize(8).first().extracting(ImportWarning::message).asString().contains("numbered 3", "recommendation 22");
        assertThat(plan.warnings()).extracting(ImportWarning::code).doesNotContain(ImportWarning.DUPLICATE_RECOMMENDATION);
    }

    @Test
    void catalogueLeavesCorrectlyNumberedPlansAlone() {
        PlanDocumentParser checking = new PlanDocumentParser(StalkingCatalogue.catalogue());
        for (Seed seed : List.of(Seed.HUMBERSIDE, Seed.NORTHUMBRIA, Seed.CLEVELAND, Seed.NORTHAMPTONSHIRE)) {
            assertThat(checking.parse(seed.read(), DocumentFormat.TEXT_EXPORT).actions()).as(seed.name())
                    .isEqualTo(seed.parse().actions());
        }
    }

    static void assertCounts(PlanDocument plan, int recommendations, int actions, int datedUpdates, int undatedUpdates) {
        List<DocumentUpdate> updates = plan.actions().stream().flatMap(action -> action.updates().stream()).toList();
        assertThat(plan.actions().stream().map(DocumentAction::recommendationNumber).distinct().count())
                .as("distinct recommendations").isEqualTo(recommendations);
        assertThat(plan.actions()).as("actions").hasSize(actions);
        assertThat(updates.stream().filter(update -> !update.undated()).count()).as("dated updates").isEqualTo(datedUpdates);
        assertThat(updates.stream().filter(DocumentUpdate::undated).count()).as("undated updates").isEqualTo(undatedUpdates);
    }

    private static void assertUpdate(DocumentUpdate update, LocalDate reportedOn, String period, String authorRole,
                                     String textStart) {
        assertThat(update.reportedOn()).isEqualTo(reportedOn);
        assertThat(update.undated()).isFalse();
        assertThat(update.period()).isEqualTo(period);
        assertThat(update.authorRole()).isEqualTo(authorRole);
        assertThat(update.text()).startsWith(textStart);
    }

    private static List<DocumentAction> actionsOf(PlanDocument plan, String number) {
        return plan.actions().stream().filter(action -> action.recommendationNumber().equals(number)).toList();
    }

    private static DocumentAction action(PlanDocument plan, String number, String descriptionStart) {
        return actionsOf(plan, number).stream().filter(action -> action.description().startsWith(descriptionStart))
                .findFirst().orElseThrow(() -> new AssertionError("no action " + number + " '" + descriptionStart + "'"));
    }

    private static DocumentAction subPoint(PlanDocument plan, String ref) {
        return plan.actions().stream().filter(action -> ref.equals(action.subPointRef())).findFirst()
                .orElseThrow(() -> new AssertionError("no sub-point " + ref));
    }
}
