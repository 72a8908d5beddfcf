package no.innomotor.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import no.innomotor.projects.ProcedureType;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The case library and the spread in a generated dataset: a case for every generated project at step 8 (about four
 * in five published, with lessons), a listed solution for about {@link #SOLUTION_PERCENT} % of them, and zero to four
 * adoptions per solution by other public buyers, each organisation once and never the originating one. Rows as
 * {@link CaseStudy}, {@link Solution} and {@link SolutionAdoption} store them; the platform indexes the cases after
 * every contributor has run.
 *
 * <p>Generated projects carry no procedure or codes for later contributors, so a generated case draws its procedure
 * and CPV division from the platform's usual spread and takes the county of its organisation; the dialogue figures
 * are drawn, and no instruments are listed (the funding entries' own rows hold those).
 */
@Component
@Order(600) // after the projects (200) and every module whose figures a case copies (funding, 520)
class CaseDataGenerator implements DataGeneratorContributor {

    static final int SOLUTION_PERCENT = 40;

    private static final List<String> CPV =
            List.of("72000000", "48000000", "33000000", "45000000", "90000000", "34000000", "85000000", "71000000");

    private static final List<String[]> LESSONS = List.of(
            new String[] {
                "Markedsdialogen tidlig ga oss et bedre bilde av hva som fantes.",
                "Vi ville satt av mer tid til nullpunktsmålingen.",
                "Involver brukerne fra første dag."
            },
            new String[] {
                "Funksjonskravene ga leverandørene rom til å foreslå nye løsninger.",
                "Vi ville avklart rettighetene til data tidligere.",
                "Skriv inn en opsjon for andre virksomheter i kontrakten."
            },
            new String[] {
                "Ledelsens mandat gjorde det lett å prioritere prosjektet.",
                "Vi ville delt opp utviklingen i flere faser.",
                "Bruk risikoavlastning når leverandørene er små."
            });

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedProject> finished =
                generation.projects().stream().filter(p -> p.step() == 8).toList();
        if (finished.isEmpty()) {
            return;
        }
        Map<OrganisationId, GeneratedOrganisation> organisations = new HashMap<>();
        generation.organisations().forEach(o -> organisations.put(o.id(), o));
        List<GeneratedOrganisation> buyers = generation.organisations().stream()
                .filter(o -> o.kind().publicBuyer())
                .toList();
        RandomGenerator random = generation.random();
        Instant now = generation.now();
        BulkTable cases = generation.table(
                "knowledge_case",
                "id",
                "project_id",
                "organisation_id",
                "organisation_name",
                "title",
                "need",
                "procedure_type",
                "cpv_codes",
                "nuts_code",
                "step",
                "project_completed",
                "estimated_value_nok",
                "announcements",
                "reached",
                "reached_smes",
                "reached_new",
                "registered",
                "registered_smes",
                "registered_new",
                "funding",
                "went_well",
                "do_differently",
                "advice",
                "status",
                "built_at",
                "published_at",
                "version");
        BulkTable solutions = generation.table(
                "knowledge_solution",
                "id",
                "project_id",
                "organisation_id",
                "organisation_name",
                "name",
                "description",
                "supplier",
                "contract_form",
                "listed_at",
                "changed_at",
                "version");
        BulkTable adoptions = generation.table(
                "knowledge_adoption",
                "id",
                "solution_id",
                "origin_project_id",
                "origin_organisation_id",
                "organisation_id",
                "organisation_name",
                "kind",
                "adopted_on",
                "recorded_at");
        Progress progress = generation.progress("cases", finished.size());
        for (GeneratedProject project : finished) {
            GeneratedOrganisation owner = organisations.get(project.organisation());
            String nuts = owner == null ? "NO081" : owner.nuts().value();
            Instant built = later(project.createdAt(), now.minus(200, ChronoUnit.DAYS))
                    .plus(random.nextInt(150), ChronoUnit.DAYS);
            if (built.isAfter(now)) {
                built = now.minus(1, ChronoUnit.HOURS);
            }
            built = built.truncatedTo(ChronoUnit.MICROS);
            boolean published = random.nextInt(100) < 80;
            String[] lessons = published ? LESSONS.get(random.nextInt(LESSONS.size())) : new String[] {"", "", ""};
            int announcements = random.nextInt(3);
            long reached = announcements == 0 ? 0 : 5 + random.nextInt(120);
            long registered = announcements == 0 ? 0 : Math.min(reached, 1 + random.nextInt(15));
            cases.row(
                    generation.uuid(),
                    project.id(),
                    project.organisation().value(),
                    project.organisationName(),
                    project.title(),
                    project.need(),
                    ProcedureType.values()[random.nextInt(ProcedureType.values().length)].name(),
                    CPV.get(random.nextInt(CPV.size())),
                    nuts,
                    8,
                    !project.active(),
                    project.value(),
                    announcements,
                    reached,
                    Math.round(reached * (0.5 + random.nextDouble() * 0.4)),
                    Math.round(reached * random.nextDouble() * 0.4),
                    registered,
                    Math.round(registered * (0.5 + random.nextDouble() * 0.4)),
                    Math.round(registered * random.nextDouble() * 0.4),
                    "[]",
                    lessons[0],
                    lessons[1],
                    lessons[2],
                    (published ? CaseStatus.PUBLISHED : CaseStatus.DRAFT).name(),
                    built,
                    published
                            ? built.plus(1 + random.nextInt(20), ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.MICROS)
                            : null,
                    published ? 2L : 0L);
            progress.advance();
            if (random.nextInt(100) >= SOLUTION_PERCENT) {
                continue;
            }
            java.util.UUID solution = generation.uuid();
            Instant listed = built.plus(1, ChronoUnit.DAYS);
            solutions.row(
                    solution,
                    project.id(),
                    project.organisation().value(),
                    project.organisationName(),
                    "Løsningen fra «" + project.title() + "»",
                    "Løsningen prosjektet kom fram til, beskrevet av innkjøperne for andre virksomheter.",
                    null,
                    "Rammeavtale med opsjon for andre offentlige virksomheter.",
                    listed,
                    listed,
                    0L);
            int count = buyers.size() < 2 ? 0 : random.nextInt(5);
            java.util.Set<OrganisationId> adopted = new java.util.HashSet<>();
            for (int a = 0; a < count; a++) {
                GeneratedOrganisation adopter = buyers.get(random.nextInt(buyers.size()));
                if (adopter.id().equals(project.organisation()) || !adopted.add(adopter.id())) {
                    continue;
                }
                LocalDate on = LocalDate.ofInstant(listed, NorwegianTime.ZONE).plusDays(random.nextInt(120));
                LocalDate today = LocalDate.ofInstant(now, NorwegianTime.ZONE);
                adoptions.row(
                        generation.uuid(),
                        solution,
                        project.id(),
                        project.organisation().value(),
                        adopter.id().value(),
                        adopter.name(),
                        AdoptionKind.values()[random.nextInt(AdoptionKind.values().length)].name(),
                        on.isAfter(today) ? today : on,
                        now.truncatedTo(ChronoUnit.MICROS));
            }
        }
        progress.done();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
