package no.innomotor.organisations;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.security.Role;

/** What kind of organisation it is; public buyers and instrument actors need an administrator's approval. */
public enum OrganisationType {
    MUNICIPALITY(true, Set.of(Role.BUYER, Role.TOP_LEADER)),
    COUNTY(true, Set.of(Role.BUYER, Role.TOP_LEADER)),
    STATE_AGENCY(true, Set.of(Role.BUYER, Role.TOP_LEADER)),
    COMPANY(false, Set.of(Role.SUPPLIER)),
    INSTRUMENT_ACTOR(true, Set.of(Role.INSTRUMENT_ACTOR)),
    OTHER(false, Set.of());

    private final boolean needsApproval;
    private final Set<Role> memberRoles;

    OrganisationType(boolean needsApproval, Set<Role> memberRoles) {
        this.needsApproval = needsApproval;
        this.memberRoles = memberRoles;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public boolean isPublicBuyer() {
        return this == MUNICIPALITY || this == COUNTY || this == STATE_AGENCY;
    }

    /**
     * The roles that belong to this kind of organisation: a person registering it chooses one of them, and its
     * members may invite others with them. Roles that reach beyond one organisation (ADMIN, ADVISER, JURY, MENTOR)
     * are never among them: only a platform administrator grants those.
     */
    public Set<Role> memberRoles() {
        return memberRoles;
    }

    /** {@link #memberRoles()} in the order of {@link Role}, for select lists. */
    public List<Role> memberRolesInOrder() {
        return Arrays.stream(Role.values()).filter(memberRoles::contains).toList();
    }

    /**
     * Whether anyone may register this kind of organisation on the public registration page. OTHER (the platform
     * operator, programme organisations) holds no member roles, so an administrator sets it up.
     */
    public boolean selfRegistrable() {
        return !memberRoles.isEmpty();
    }

    public static List<OrganisationType> selfRegistrableTypes() {
        return Arrays.stream(values()).filter(OrganisationType::selfRegistrable).toList();
    }
}
