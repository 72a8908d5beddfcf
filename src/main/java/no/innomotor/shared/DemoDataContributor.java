package no.innomotor.shared;

import java.util.Map;

/**
 * A module's share of the demo data of the embedded default. The platform creates the demo organisations and
 * people first, then calls every contributor inside the same transaction, in {@code @Order}.
 */
public interface DemoDataContributor {

    /**
     * @param organisations demo organisations by key: operator, baerum, trondheim, vestland, vegvesen, dfo,
     *     sensorlab, nordlys, helsetek, innovasjon, forskningsradet
     * @param people demo people by e-mail address (see the platform's DemoAccounts)
     */
    void contribute(Map<String, OrganisationId> organisations, Map<String, PersonId> people);
}
