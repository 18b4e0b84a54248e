package org.actiontracker.plan.domain;

public enum OrganisationKind {
    POLICE_FORCE,
    PCC_OFFICE,
    NATIONAL_BODY,
    GOVERNMENT_DEPARTMENT,
    INSPECTORATE,
    OTHER
}
