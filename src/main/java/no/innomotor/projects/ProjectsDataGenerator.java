package no.innomotor.projects;

import static no.innomotor.projects.ProjectThemes.THEMES;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The projects of a generated national dataset: 2,000 per unit of scale, owned by the public buyers (more for larger
 * ones), spread over every roadmap step, procedure and county. Each is written as the rows the application would
 * have stored after a team worked it through the roadmap: eight steps with the guidance checklists a new project
 * gets, the steps before the current one completed in time order by team members with their required items done,
 * due dates and notes, a team of buyers of the owning organisation, CPV codes from the catalogue, and the mandate:
 * drafted by a buyer and signed by a top leader of the owning organisation (another person) before the first step
 * was completed, with the same content hash the signature computes. Version columns count the updates the
 * application would have made.
 */
@Component
@Order(200)
class ProjectsDataGenerator implements DataGeneratorContributor {

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;

    ProjectsDataGenerator(CpvCatalogue cpv, NutsCatalogue nuts) {
        this.cpv = cpv;
        this.nuts = nuts;
    }

    @Override
    public String name() {
        return "projects";
    }

    @Override
    public void generate(DataGeneration generation) {
        new Run(generation).generate();
    }

    /** A public buyer that can own projects: its buyers and top leaders. */
    private record Owner(
            GeneratedOrganisation organisation, List<GeneratedPerson> buyers, List<GeneratedPerson> leaders) {}

    private final class Run {

        private final DataGeneration generation;
        private final RandomGenerator random;
        private final Map<String, List<CpvCode>> cpvByTheme = new HashMap<>();
        private final List<NutsRegion> counties = nuts.counties();
        private final BulkTable project;
        private final BulkTable projectCpv;
        private final BulkTable team;
        private final BulkTable step;
        private final BulkTable item;
        private final BulkTable mandate;
        private final Progress progress;
        private final Progress mandates;
        private final int count;

        Run(DataGeneration generation) {
            this.generation = generation;
            this.random = generation.random();
            this.count = generation.scaled(2_000, 20);
            this.project = generation.table(
                    "project",
                    "id",
                    "title",
                    "need",
                    "organisation_id",
                    "estimated_value_nok",
                    "nuts_code",
                    "procedure_type",
                    "status",
                    "current_step",
                    "stop_reason",
                    "created_by",
                    "created_at",
                    "updated_at",
                    "version",
                    "mandate_state");
            this.projectCpv = generation.table("project_cpv", "project_id", "sort_order", "code");
            this.team = generation.table("project_team_member", "project_id", "person_id");
            this.step = generation.table(
                    "project_step",
                    "id",
                    "project_id",
                    "step_number",
                    "notes",
                    "due_date",
                    "completed_at",
                    "completed_by",
                    "version");
            this.item = generation.table(
                    "project_checklist_item",
                    "id",
                    "step_id",
                    "sort_order",
                    "guidance_key",
                    "item_text",
                    "is_required",
                    "done",
                    "done_by",
                    "done_at",
                    "added_by",
                    "version");
            this.mandate = generation.table(
                    "project_mandate",
                    "id",
                    "project_id",
                    "version_number",
                    "goal",
                    "budget_frame_nok",
                    "risk_appetite",
                    "benefit_ambition",
                    "start_date",
                    "end_date",
                    "drafted_by",
                    "drafted_at",
                    "signed_by",
                    "signer_name",
                    "signed_at",
                    "content_hash",
                    "version",
                    "state");
            // The catalogue loads on first use: before the progress bar starts, so its rate is the generator's.
            THEMES.forEach(theme -> cpvByTheme.put(theme.key(), knownUnder(theme.cpvRoots())));
            this.progress = generation.progress("projects", count);
            this.mandates = generation.progress("mandates", Math.round(count * 0.9));
        }

        void generate() {
            List<Owner> owners = owners();
            if (owners.isEmpty()) {
                progress.done();
                mandates.done();
                return;
            }
            long[] cumulative = new long[owners.size()];
            long total = 0;
            for (int i = 0; i < owners.size(); i++) {
                total += Math.max(
                        1, (long) Math.sqrt(owners.get(i).organisation().size()));
                cumulative[i] = total;
            }
            for (int i = 0; i < count; i++) {
                // Every owner gets a project before any gets a second one while there are enough; then by size.
                Owner owner = i < owners.size() && count >= owners.size()
                        ? owners.get(i)
                        : owners.get(indexOf(cumulative, random.nextLong(total)));
                GeneratedPerson creator = project(owner, i);
                if (i == 0) {
                    generation.account(
                            creator.email(),
                            "buyer with projects, " + owner.organisation().name());
                }
                progress.advance();
            }
            progress.done();
            mandates.done();
        }

        private List<Owner> owners() {
            Map<OrganisationId, List<GeneratedPerson>> buyers = new LinkedHashMap<>();
            Map<OrganisationId, List<GeneratedPerson>> leaders = new HashMap<>();
            for (GeneratedPerson person : generation.people()) {
                if (person.role() == Role.BUYER) {
                    buyers.computeIfAbsent(person.organisation(), key -> new ArrayList<>())
                            .add(person);
                } else if (person.role() == Role.TOP_LEADER) {
                    leaders.computeIfAbsent(person.organisation(), key -> new ArrayList<>())
                            .add(person);
                }
            }
            List<Owner> owners = new ArrayList<>();
            for (GeneratedOrganisation org : generation.organisations()) {
                List<GeneratedPerson> orgBuyers = buyers.get(org.id());
                List<GeneratedPerson> orgLeaders = leaders.get(org.id());
                if (org.kind().publicBuyer() && orgBuyers != null && orgLeaders != null) {
                    owners.add(new Owner(org, orgBuyers, orgLeaders));
                }
            }
            return owners;
        }

        private GeneratedPerson project(Owner owner, int index) {
            ProjectThemes.Theme theme = THEMES.get(random.nextInt(THEMES.size()));
            UUID id = generation.uuid();
            ProjectId projectId = new ProjectId(id);
            GeneratedPerson creator =
                    owner.buyers().get(random.nextInt(owner.buyers().size()));
            List<GeneratedPerson> members = team(owner, creator);
            GeneratedPerson leader =
                    owner.leaders().get(random.nextInt(owner.leaders().size()));

            // Where it stands: spread over the eight steps; some completed, paused or stopped.
            int current = 1 + index % RoadmapStep.LAST;
            ProjectStatus status = ProjectStatus.ACTIVE;
            int roll = random.nextInt(100);
            if (current == RoadmapStep.LAST && roll < 40) {
                status = ProjectStatus.COMPLETED;
            } else if (roll < 7) {
                status = ProjectStatus.PAUSED;
            } else if (roll < 12) {
                status = ProjectStatus.STOPPED;
            }
            int completed = status == ProjectStatus.COMPLETED ? RoadmapStep.LAST : current - 1;

            // The timeline, counted back from now: each completed step took weeks to months.
            Instant now = generation.now();
            long[] days = new long[completed + 1];
            long span = 0;
            for (int s = 0; s <= completed; s++) {
                days[s] = s < completed ? 20 + random.nextInt(100) : 3 + random.nextInt(60);
                span += days[s];
            }
            Instant created = now.minus(span, ChronoUnit.DAYS).minus(random.nextInt(36_000), ChronoUnit.SECONDS);
            Instant[] stepEnds = new Instant[RoadmapStep.LAST + 1];
            Instant cursor = created;
            for (int s = 1; s <= completed; s++) {
                cursor = cursor.plus(days[s - 1], ChronoUnit.DAYS).plus(random.nextInt(20_000), ChronoUnit.SECONDS);
                stepEnds[s] = cursor;
            }
            Instant latest = completed > 0 ? stepEnds[completed] : created;

            String title = title(theme, owner.organisation());
            String need =
                    pick(theme.problems()) + " " + pick(ProjectThemes.WISHES) + " " + pick(ProjectThemes.REQUIREMENTS);
            long value = roundTo(Math.round(Math.pow(10, 5.7 + random.nextDouble() * 2.6)), 10_000);
            String region = owner.organisation().kind() == GeneratedOrganisation.Kind.STATE_AGENCY
                            && "NO081".equals(owner.organisation().nuts().value())
                            && random.nextBoolean()
                    ? counties.get(random.nextInt(counties.size())).code().value()
                    : owner.organisation().nuts().value();
            ProcedureType procedure = ProcedureType.values()[random.nextInt(ProcedureType.values().length)];
            List<CpvCode> codes = codes(theme);

            // The mandate: drafted by the creator (a buyer), signed by a top leader before step 1 was completed.
            Instant stepOneEnd = completed >= 1 ? stepEnds[1] : now;
            List<MandateRow> mandateRows = new ArrayList<>();
            Instant signedAt = null;
            if (completed >= 1 || random.nextInt(100) >= 30) {
                Instant drafted = between(created, stepOneEnd, 0.1, 0.5);
                Mandate.Stage stage = completed >= 1
                        ? Mandate.Stage.SIGNED
                        : List.of(Mandate.Stage.DRAFT, Mandate.Stage.READY_FOR_SIGNATURE, Mandate.Stage.SIGNED)
                                .get(random.nextInt(3));
                Instant signed = stage == Mandate.Stage.SIGNED ? between(drafted, stepOneEnd, 0.3, 0.9) : null;
                mandateRows.add(new MandateRow(1, terms(theme, value, drafted), drafted, stage, signed));
                signedAt = signed;
                latest = max(latest, signed == null ? drafted : signed);
            }
            // A few mandates were revised and signed again during a later step, or wait for a new signature now.
            if (completed >= 3 && random.nextInt(100) < 15) {
                int during = 2 + random.nextInt(completed - 1);
                Instant drafted = between(stepEnds[during - 1], stepEnds[during], 0.1, 0.4);
                Instant signed = between(drafted, stepEnds[during], 0.3, 0.9);
                mandateRows.add(new MandateRow(
                        mandateRows.size() + 1, terms(theme, value, drafted), drafted, Mandate.Stage.SIGNED, signed));
            } else if (completed >= 2 && !status.isFinal() && random.nextInt(100) < 6) {
                Instant drafted = between(stepEnds[completed], now, 0.2, 0.6);
                Mandate.Stage stage = random.nextBoolean() ? Mandate.Stage.DRAFT : Mandate.Stage.READY_FOR_SIGNATURE;
                mandateRows.add(
                        new MandateRow(mandateRows.size() + 1, terms(theme, value, drafted), drafted, stage, null));
                latest = max(latest, drafted);
            }

            // Steps and checklists.
            List<Object[]> stepRows = new ArrayList<>();
            List<Object[]> itemRows = new ArrayList<>();
            for (RoadmapStep roadmapStep : RoadmapStep.values()) {
                int number = roadmapStep.number();
                UUID stepId = generation.uuid();
                boolean done = number <= completed;
                boolean isCurrent = number == current && number > completed;
                Instant stepStart = number == 1 ? created : number - 1 <= completed ? stepEnds[number - 1] : now;
                Instant stepEnd = done ? stepEnds[number] : now;
                String notes = null;
                LocalDate due = null;
                if (done) {
                    if (random.nextInt(100) < 60) {
                        notes = pick(ProjectThemes.NOTES.get(number - 1));
                    }
                    if (random.nextInt(100) < 70) {
                        due = LocalDate.ofInstant(stepEnd, NorwegianTime.ZONE).plusDays(random.nextInt(21) - 10);
                    }
                } else if (isCurrent) {
                    due = LocalDate.ofInstant(now, NorwegianTime.ZONE).plusDays(random.nextInt(75) - 15);
                    if (random.nextInt(100) < 40) {
                        notes = pick(ProjectThemes.NOTES.get(number - 1));
                    }
                } else if (random.nextInt(100) < 25) {
                    due = LocalDate.ofInstant(now, NorwegianTime.ZONE)
                            .plusDays(60L * (number - current) + random.nextInt(40));
                }
                GeneratedPerson completer = done ? members.get(random.nextInt(members.size())) : null;
                long stepVersion = (done ? 1 : 0) + (notes != null || due != null ? 1 : 0);
                stepRows.add(new Object[] {
                    stepId,
                    id,
                    number,
                    notes,
                    due,
                    done ? stepEnds[number] : null,
                    completer == null ? null : completer.id().value(),
                    stepVersion
                });
                int order = 0;
                for (Roadmap.Guidance guidance : Roadmap.guidance(roadmapStep)) {
                    order++;
                    boolean platformItem = Roadmap.tickedByPlatform(guidance.key());
                    Instant doneAt = null;
                    UUID doneBy = null;
                    if (platformItem) {
                        // Ticked by the signature of the first version, while step 1 was still open.
                        Instant firstSignature = mandateRows.isEmpty()
                                ? null
                                : mandateRows.get(0).signedAt();
                        if (firstSignature != null) {
                            doneAt = firstSignature;
                            doneBy = leader.id().value();
                        }
                    } else if (done
                            ? guidance.required() || random.nextInt(100) < 60
                            : isCurrent && random.nextInt(100) < 40) {
                        doneAt = between(stepStart, stepEnd, 0.05, 0.95);
                        doneBy =
                                members.get(random.nextInt(members.size())).id().value();
                    }
                    if (doneAt != null) {
                        latest = max(latest, doneAt);
                    }
                    itemRows.add(new Object[] {
                        generation.uuid(),
                        stepId,
                        order,
                        guidance.key(),
                        null,
                        guidance.required(),
                        doneAt != null,
                        doneBy,
                        doneAt,
                        null,
                        doneAt != null ? 1L : 0L
                    });
                }
            }

            String stopReason = null;
            long version = completed;
            if (status == ProjectStatus.PAUSED || status == ProjectStatus.STOPPED) {
                latest = between(latest, now, 0.2, 0.8);
                version++;
                if (status == ProjectStatus.STOPPED) {
                    stopReason = pick(ProjectThemes.STOP_REASONS);
                }
            }
            project.row(
                    id,
                    title,
                    need,
                    owner.organisation().id().value(),
                    value,
                    region,
                    procedure.name(),
                    status.name(),
                    status == ProjectStatus.COMPLETED ? RoadmapStep.LAST : current,
                    stopReason,
                    creator.id().value(),
                    created,
                    latest,
                    version,
                    mandateRows.isEmpty()
                            ? MandateState.NONE.name()
                            : switch (mandateRows.get(mandateRows.size() - 1).stage()) {
                                case DRAFT -> MandateState.DRAFT.name();
                                case READY_FOR_SIGNATURE -> MandateState.AWAITING_SIGNATURE.name();
                                case SIGNED -> MandateState.SIGNED.name();
                            });
            generation.add(new GeneratedProject(
                    id,
                    title,
                    need,
                    owner.organisation().id(),
                    owner.organisation().name(),
                    creator.id(),
                    value,
                    status == ProjectStatus.COMPLETED ? RoadmapStep.LAST : current,
                    status == ProjectStatus.ACTIVE,
                    created));
            for (int c = 0; c < codes.size(); c++) {
                projectCpv.row(id, c, codes.get(c).value());
            }
            for (GeneratedPerson member : members) {
                team.row(id, member.id().value());
            }
            stepRows.forEach(row -> step.row(row));
            itemRows.forEach(row -> item.row(row));
            for (MandateRow row : mandateRows) {
                boolean signed = row.stage() == Mandate.Stage.SIGNED;
                Instant at = signed ? row.signedAt().truncatedTo(ChronoUnit.MICROS) : null;
                mandate.row(
                        generation.uuid(),
                        id,
                        row.versionNumber(),
                        row.terms().goal(),
                        row.terms().budgetFrame().kroner(),
                        row.terms().riskAppetite().name(),
                        row.terms().benefitAmbition(),
                        row.terms().startDate(),
                        row.terms().endDate(),
                        creator.id().value(),
                        row.draftedAt(),
                        signed ? leader.id().value() : null,
                        signed ? leader.name() : null,
                        at,
                        signed
                                ? MandateHash.of(
                                        projectId, row.versionNumber(), row.terms(), leader.id(), leader.name(), at)
                                : null,
                        switch (row.stage()) {
                            case DRAFT -> 0L;
                            case READY_FOR_SIGNATURE -> 1L;
                            case SIGNED -> 2L;
                        },
                        row.stage().name());
                mandates.advance();
            }
            return creator;
        }

        /** The creator and up to three other buyers of the owning organisation. */
        private List<GeneratedPerson> team(Owner owner, GeneratedPerson creator) {
            Set<GeneratedPerson> members = new LinkedHashSet<>();
            members.add(creator);
            int others = Math.min(owner.buyers().size() - 1, random.nextInt(4));
            while (members.size() < others + 1) {
                members.add(owner.buyers().get(random.nextInt(owner.buyers().size())));
            }
            return List.copyOf(members);
        }

        private String title(ProjectThemes.Theme theme, GeneratedOrganisation owner) {
            String title = pick(theme.titles());
            if (owner.kind() == GeneratedOrganisation.Kind.MUNICIPALITY && random.nextBoolean()) {
                title = title + " i " + owner.name().replace(" kommune", "");
            }
            return title.length() > Project.MAX_TITLE ? title.substring(0, Project.MAX_TITLE) : title;
        }

        private MandateTerms terms(ProjectThemes.Theme theme, long value, Instant drafted) {
            LocalDate start = LocalDate.ofInstant(drafted, NorwegianTime.ZONE)
                    .withDayOfMonth(1)
                    .plusMonths(1);
            long budget = roundTo(Math.round(value * (0.9 + random.nextDouble() * 0.4)), 100_000);
            String benefit = String.format(pick(theme.benefits()), 5 + random.nextInt(8) * 5);
            return new MandateTerms(
                    pick(theme.goals()),
                    Money.nok(budget),
                    RiskAppetite.values()[random.nextInt(RiskAppetite.values().length)],
                    benefit,
                    start,
                    start.plusYears(1 + random.nextInt(3)));
        }

        /** One to four CPV codes of the theme's branches, each known to the catalogue. */
        private List<CpvCode> codes(ProjectThemes.Theme theme) {
            List<CpvCode> known = cpvByTheme.computeIfAbsent(theme.key(), key -> knownUnder(theme.cpvRoots()));
            Set<CpvCode> codes = new LinkedHashSet<>();
            int wanted = 1 + random.nextInt(Math.min(4, known.size()));
            while (codes.size() < wanted) {
                codes.add(known.get(random.nextInt(known.size())));
            }
            return List.copyOf(codes);
        }

        private List<CpvCode> knownUnder(List<String> roots) {
            List<CpvCode> known = new ArrayList<>();
            for (String root : roots) {
                CpvCode ancestor = CpvCode.of(root);
                for (CpvEntry entry : cpv.descendants(ancestor)) {
                    known.add(entry.code());
                }
            }
            if (known.isEmpty()) {
                throw new IllegalStateException("No CPV code of " + roots + " in the catalogue");
            }
            return known;
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }

        /** A moment between two others, at a random share from {@code low} to {@code high} of the way. */
        private Instant between(Instant from, Instant to, double low, double high) {
            long millis = Math.max(0, Duration.between(from, to).toMillis());
            double share = low + random.nextDouble() * (high - low);
            return from.plusMillis(Math.max(1, (long) (millis * share))).truncatedTo(ChronoUnit.MILLIS);
        }

        private static Instant max(Instant a, @Nullable Instant b) {
            return b != null && b.isAfter(a) ? b : a;
        }

        private static int indexOf(long[] cumulative, long target) {
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] > target) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }

        private static long roundTo(long value, long unit) {
            return Math.max(unit, Math.round((double) value / unit) * unit);
        }
    }

    private record MandateRow(
            int versionNumber,
            MandateTerms terms,
            Instant draftedAt,
            Mandate.Stage stage,
            @Nullable Instant signedAt) {}
}
