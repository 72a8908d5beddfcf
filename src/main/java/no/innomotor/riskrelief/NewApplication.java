package no.innomotor.riskrelief;

import no.innomotor.projects.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * What a new application starts from: the scheme, and the project's facts as the applicant may see them (read-only
 * on the form), with the applicant organisation; {@code existing} names a draft or application already made for this
 * project and scheme by the same applicant.
 */
public record NewApplication(
        SchemeView scheme,
        ProjectId project,
        String projectTitle,
        String projectNeed,
        String projectOwnerName,
        @Nullable Long estimatedValue,
        @Nullable Integer step,
        String applicantName,
        ApplicantKind kind,
        @Nullable ApplicationId existing) {}
