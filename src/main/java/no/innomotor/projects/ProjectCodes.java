package no.innomotor.projects;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;

/**
 * Reads the CPV and NUTS codes a person typed into a command, refusing with the field named what is not a code at
 * all; whether a well-formed code exists is the service's check against the reference data.
 */
public final class ProjectCodes {

    private ProjectCodes() {}

    /** The codes as typed (72000000 or 72000000-5); blanks are skipped. */
    public static List<CpvCode> cpv(List<String> typed) {
        List<CpvCode> codes = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (String token : typed) {
            if (token == null || token.isBlank()) {
                continue;
            }
            CpvCode.parse(token).ifPresentOrElse(codes::add, () -> malformed.add(token.strip()));
        }
        if (!malformed.isEmpty()) {
            throw unknownCpv(malformed);
        }
        return codes;
    }

    public static NutsCode nuts(String typed) {
        return NutsCode.parse(typed).orElseThrow(() -> unknownNuts(typed));
    }

    static ProjectInputRejected unknownCpv(List<String> unknown) {
        return new ProjectInputRejected(
                "cpvCodes", "projects.error.cpvUnknown", "Unknown CPV " + unknown, String.join(", ", unknown));
    }

    static ProjectInputRejected unknownNuts(String code) {
        return new ProjectInputRejected("nutsCode", "projects.error.nutsUnknown", "Unknown NUTS " + code);
    }
}
