package org.actiontracker.notification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.actiontracker.notification.domain.DigestFrequency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A recipient's settings, replaced whole")
public record PreferenceUpdate(
        @Schema(description = "Days before a target date at which to be told; absent or null for the defaults",
                example = "[21, 7]")
        @Size(min = 1, max = 10)
        List<@NotNull @Min(0) @Max(365) Integer> leadDays,
        @NotNull
        DigestFrequency digestFrequency,
        @Schema(description = "true to receive nothing")
        @NotNull
        Boolean muted) {
}
