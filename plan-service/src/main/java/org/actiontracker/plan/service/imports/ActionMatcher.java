package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.domain.Action;
import org.actiontracker.plan.domain.ActionUpdate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/** Finds what a re-imported document already put in a plan, so that importing again adds only what is new. */
final class ActionMatcher {

    private ActionMatcher() {
    }

    /**
     * The stored action each row re-imports, or null: an action answering the same recommendation and
     * sub-point with the same description, else the next such action in plan order (its description
     * was reworded). Each stored action answers one row at most.
     *
     * @param stored in plan order
     */
    static List<Action> pair(List<PlacedRow> rows, List<Action> stored) {
        List<Action> unpaired = new ArrayList<>(stored);
        Action[] paired = new Action[rows.size()];
        pairWhere(rows, unpaired, paired, (row, action) -> answersSame(row, action)
                && row.description().equals(action.description));
        pairWhere(rows, unpaired, paired, ActionMatcher::answersSame);
        return Arrays.asList(paired);
    }

    /** For each entry of a row, whether it is new: each stored entry (withdrawn ones too) accounts for one. */
    static List<Boolean> newEntries(List<PlacedRow.Entry> entries, List<ActionUpdate> stored) {
        List<ActionUpdate> unmatched = new ArrayList<>(stored);
        List<Boolean> isNew = new ArrayList<>();
        for (PlacedRow.Entry entry : entries) {
            ActionUpdate same = unmatched.stream().filter(entry::sameAs).findFirst().orElse(null);
            isNew.add(same == null);
            unmatched.remove(same);
        }
        return isNew;
    }

    private static void pairWhere(List<PlacedRow> rows, List<Action> unpaired, Action[] paired,
                                  BiPredicate<PlacedRow, Action> same) {
        for (int i = 0; i < rows.size(); i++) {
            PlacedRow row = rows.get(i);
            if (paired[i] == null) {
                Action match = unpaired.stream().filter(action -> same.test(row, action)).findFirst().orElse(null);
                unpaired.remove(match);
                paired[i] = match;
            }
        }
    }

    private static boolean answersSame(PlacedRow row, Action action) {
        return row.recommendation().number.equals(action.recommendationNumber)
                && Objects.equals(row.subPointRef(), action.subPointRef);
    }
}
