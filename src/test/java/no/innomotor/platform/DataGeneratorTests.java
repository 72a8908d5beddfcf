package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.instruments.InstrumentId;
import no.innomotor.instruments.InstrumentQueries;
import no.innomotor.instruments.PublishedInstrument;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityFilter;
import no.innomotor.projects.MandateView;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectFilter;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectPage;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SizeClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The generated national dataset (×0.01) holds the same invariants as data built through the pages, and the same
 * seed gives the same data. It runs in a context of its own with its own in-memory H2 database (also under
 * -Ppostgres, where the other tests share one database), so no generated row reaches another test's lists or
 * counts. That costs one more application context (about as much as a test class with its own configuration) and a
 * generation of about 5,000 rows and their indexing: under a minute on a busy machine.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(
        properties =
                "spring.datasource.url=jdbc:h2:mem:generated-dataset;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataGeneratorTests {

    static final double SCALE = 0.01;
    static final long SEED = 7;

    @Autowired
    DataGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CpvCatalogue cpv;

    @Autowired
    NutsCatalogue nuts;

    @Autowired
    ProjectQueries projects;

    @Autowired
    NoticesManagement notices;

    @Autowired
    UserDetailsService users;

    @Autowired
    InstrumentQueries instruments;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    no.innomotor.benefits.BenefitRollups rollups;

    DataGenerator.Result result;
    final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @BeforeAll
    void generate() {
        result = generator.generate(SCALE, SEED, new PrintStream(progress, true, StandardCharsets.UTF_8), false);
    }

    @Test
    void fillsEveryKindAndReportsProgressOnStandardError() {
        assertThat(result.count("organisations")).isEqualTo(count("organisation"));
        assertThat(result.count("people")).isEqualTo(count("person"));
        assertThat(result.count("projects")).isEqualTo(count("project")).isEqualTo(20);
        assertThat(result.count("opportunities"))
                .isEqualTo(count("notice_opportunity"))
                .isEqualTo(200);
        assertThat(result.count("supplier profiles")).isEqualTo(count("supplier_profile"));
        assertThat(result.count("search index"))
                .isEqualTo(count("project")
                        + count("notice_opportunity")
                        + count("supplier_profile")
                        + count("knowledge_case"));
        assertThat(jdbc.queryForObject("select count(*) from organisation where type = 'COMPANY'", Long.class))
                .isEqualTo(200);
        assertThat(result.rows()).isGreaterThan(3_000);
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("organisations", "projects", "opportunities", "supplier profiles", "search index");
    }

    @Test
    void organisationNumbersAreValidAndUniqueAndLeaveTheDemoNumbersFree() {
        List<String> numbers = jdbc.queryForList("select org_number from organisation", String.class);
        assertThat(numbers)
                .allMatch(OrgNumber::isValid)
                .doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(DemoData.ORG_NUMBERS);
        List<String> emails = jdbc.queryForList("select email from person", String.class);
        assertThat(emails)
                .doesNotHaveDuplicates()
                .noneMatch(email ->
                        DataGenerator.DEMO_EMAIL_DOMAINS.stream().anyMatch(domain -> email.endsWith("@" + domain)));
    }

    @Test
    void everyPublicBuyerHasBuyersAndATopLeaderAndEveryCountyHasMunicipalities() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation o where o.type in ('MUNICIPALITY', 'COUNTY', 'STATE_AGENCY')"
                                + " and (not exists (select 1 from membership_role r where r.organisation_id = o.id and r.role = 'BUYER')"
                                + " or not exists (select 1 from membership_role r where r.organisation_id = o.id and r.role = 'TOP_LEADER'))",
                        Long.class))
                .isZero();
        Set<String> regions = new HashSet<>(jdbc.queryForList(
                "select distinct nuts_code from organisation where type = 'MUNICIPALITY'", String.class));
        assertThat(regions)
                .containsExactlyInAnyOrderElementsOf(nuts.counties().stream()
                        .map(county -> county.code().value())
                        .toList());
        assertThat(jdbc.queryForList("select distinct role from membership_role", String.class))
                .contains("BUYER", "TOP_LEADER", "SUPPLIER", "ADVISER", "INSTRUMENT_ACTOR", "JURY", "MENTOR");
    }

    @Test
    void everyProjectHasEightStepsCompletedInOrderBeforeTheCurrentOne() {
        Instant now = Instant.now();
        for (Map<String, Object> project : jdbc.queryForList("select * from project")) {
            UUID id = (UUID) project.get("id");
            int current = (Integer) project.get("current_step");
            boolean completedProject = "COMPLETED".equals(project.get("status"));
            Instant created = instant(project.get("created_at"));
            List<Map<String, Object>> steps =
                    jdbc.queryForList("select * from project_step where project_id = ? order by step_number", id);
            assertThat(steps).extracting(step -> step.get("step_number")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            Instant previous = created;
            for (Map<String, Object> step : steps) {
                int number = (Integer) step.get("step_number");
                Instant completedAt = step.get("completed_at") == null ? null : instant(step.get("completed_at"));
                if (number < current || completedProject) {
                    assertThat(completedAt).as("step %d of %s", number, id).isNotNull();
                    assertThat(completedAt).isAfter(previous).isBefore(now);
                    assertThat(step.get("completed_by")).isNotNull();
                    previous = completedAt;
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from project_checklist_item where step_id = ? and is_required and not done",
                                    Long.class,
                                    step.get("id")))
                            .as("open required items in completed step %d of %s", number, id)
                            .isZero();
                } else {
                    assertThat(completedAt).as("step %d of %s", number, id).isNull();
                }
            }
        }
        // Every step has the same guidance checklist in every project, as a new project gets it.
        assertThat(jdbc.queryForList(
                        "select step_number from (select s.step_number, count(i.id) as items from project_step s"
                                + " join project_checklist_item i on i.step_id = s.id group by s.id, s.step_number) c"
                                + " group by step_number having min(items) <> max(items) or min(items) = 0",
                        Integer.class))
                .isEmpty();
        assertThat(jdbc.queryForList("select distinct current_step from project", Integer.class))
                .hasSizeGreaterThan(5);
    }

    @Test
    void everyProjectPastStepOneHasAMandateSignedByATopLeaderOfItsOrganisationWhoDidNotDraftIt() {
        List<Map<String, Object>> past =
                jdbc.queryForList("select p.id, p.organisation_id, s.completed_at from project p join project_step s"
                        + " on s.project_id = p.id and s.step_number = 1 where s.completed_at is not null");
        assertThat(past).isNotEmpty();
        for (Map<String, Object> project : past) {
            List<Map<String, Object>> signed = jdbc.queryForList(
                    "select * from project_mandate where project_id = ? and state = 'SIGNED' order by version_number",
                    project.get("id"));
            assertThat(signed).as("signed mandate of %s", project.get("id")).isNotEmpty();
            Map<String, Object> first = signed.get(0);
            assertThat(instant(first.get("signed_at"))).isBefore(instant(project.get("completed_at")));
            for (Map<String, Object> mandate : signed) {
                assertThat(mandate.get("signed_by")).isNotEqualTo(mandate.get("drafted_by"));
                assertThat(hasRole(mandate.get("signed_by"), project.get("organisation_id"), Role.TOP_LEADER))
                        .isTrue();
                assertThat(hasRole(mandate.get("drafted_by"), project.get("organisation_id"), Role.BUYER))
                        .isTrue();
            }
        }
    }

    /** The project's own mandate state is the newest version's, as signing it through the application would set it. */
    @Test
    void everyProjectsMandateStateIsItsNewestVersions() {
        List<Map<String, Object>> rows =
                jdbc.queryForList("select p.mandate_state, (select m.state from project_mandate m"
                        + " where m.project_id = p.id order by m.version_number desc limit 1) newest from project p");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            Object newest = row.get("newest");
            String expected = newest == null
                    ? "NONE"
                    : switch (newest.toString()) {
                        case "SIGNED" -> "SIGNED";
                        case "READY_FOR_SIGNATURE" -> "AWAITING_SIGNATURE";
                        default -> "DRAFT";
                    };
            assertThat(row.get("mandate_state")).isEqualTo(expected);
        }
        assertThat(rows).extracting(row -> row.get("mandate_state")).contains("SIGNED");
    }

    @Test
    void theApplicationReadsEveryGeneratedMandateAsIntactAndTeamsAsBuyersOfTheOwner() {
        CurrentUser adviser = user(person(Role.ADVISER).email());
        for (UUID id : jdbc.queryForList("select id from project", UUID.class)) {
            ProjectDetails details = projects.get(new ProjectId(id), adviser);
            assertThat(details.mandates()).allMatch(MandateView::intact);
            assertThat(details.mandates().stream().filter(MandateView::signed))
                    .allMatch(mandate -> mandate.contentHash() != null
                            && mandate.contentHash().length() == 64);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_team_member t join project p on p.id = t.project_id"
                                + " where not exists (select 1 from membership_role r where r.person_id = t.person_id"
                                + " and r.organisation_id = p.organisation_id and r.role = 'BUYER')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from project p where not exists"
                                + " (select 1 from project_team_member t where t.project_id = p.id)",
                        Long.class))
                .isZero();
    }

    @Test
    void casesAreOfProjectsAtStepEightAndNoOrganisationAdoptsItsOwnSolutionOrTwice() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_case c join project p on p.id = c.project_id"
                                + " where p.current_step <> 8",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from knowledge_case", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from project where current_step = 8", Long.class));
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_adoption where organisation_id = origin_organisation_id",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from knowledge_solution s where not exists"
                                + " (select 1 from knowledge_case c where c.project_id = s.project_id)",
                        Long.class))
                .isZero();
    }

    @Test
    void cpvAndNutsCodesAreKnownToTheCatalogues() {
        List<String> codes = new ArrayList<>(jdbc.queryForList("select code from project_cpv", String.class));
        codes.addAll(jdbc.queryForList("select code from notice_opportunity_cpv", String.class));
        assertThat(codes).isNotEmpty().allMatch(cpv::isKnown);
        List<String> regions = new ArrayList<>(jdbc.queryForList("select nuts_code from project", String.class));
        regions.addAll(jdbc.queryForList("select nuts_code from organisation", String.class));
        regions.addAll(jdbc.queryForList("select code from notice_opportunity_nuts", String.class));
        assertThat(regions).isNotEmpty().allMatch(nuts::isKnown);
    }

    @Test
    void everyOpportunityScopeHoldsItsCodesWithAllTheirAncestorsAndItsBuyersAreGeneratedBuyers() {
        Map<UUID, Set<String>> expected = new HashMap<>();
        jdbc.query("select opportunity_id, code from notice_opportunity_cpv", (RowCallbackHandler) row -> {
            Set<String> scope = expected.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>());
            cpv.path(CpvCode.of(row.getString(2)))
                    .forEach(entry -> scope.add(entry.code().value()));
        });
        Map<UUID, Set<String>> stored = new HashMap<>();
        jdbc.query("select opportunity_id, code from notice_opportunity_cpv_scope", (RowCallbackHandler)
                row -> stored.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>())
                        .add(row.getString(2)));
        assertThat(stored).hasSize(200).isEqualTo(expected);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notice_opportunity_buyer b where not exists"
                                + " (select 1 from organisation o where o.org_number = b.org_number"
                                + " and o.type in ('MUNICIPALITY', 'COUNTY', 'STATE_AGENCY'))",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from notice_opportunity where not demo", Long.class))
                .isZero();
    }

    @Test
    void theSearchFindsGeneratedProjectsAndOpportunities() {
        CurrentUser adviser = user(person(Role.ADVISER).email());
        Map<String, Object> project =
                jdbc.queryForList("select id, title from project order by id").get(0);
        ProjectPage found = projects.search(
                new ProjectFilter(null, null, null, null, (String) project.get("title")), 0, 100, adviser);
        assertThat(found.items()).extracting(summary -> summary.id().value()).contains((UUID) project.get("id"));

        Map<String, Object> opportunity = jdbc.queryForList(
                        "select opportunity_id, content from notice_opportunity_title order by opportunity_id")
                .get(0);
        List<Opportunity> hits = notices.search(
                        new OpportunityFilter(null, null, null, null, false, (String) opportunity.get("content")),
                        0,
                        100)
                .getContent();
        assertThat(hits).extracting(hit -> hit.id().value()).contains((UUID) opportunity.get("opportunity_id"));
    }

    @Test
    void aGeneratedBuyerSignsInWithTheDemoPasswordAndSeesTheProjectsOfHerOrganisation() {
        Map<String, Object> owner = jdbc.queryForList(
                        "select p.created_by, p.organisation_id, count(*) as projects from project p"
                                + " group by p.created_by, p.organisation_id order by projects desc, p.created_by")
                .get(0);
        String email =
                jdbc.queryForObject("select email from person where id = ?", String.class, owner.get("created_by"));
        String hash = jdbc.queryForObject(
                "select password_hash from person where id = ?", String.class, owner.get("created_by"));
        assertThat(passwords.matches(DemoAccounts.PASSWORD, hash)).isTrue();

        CurrentUser buyer = user(email);
        List<ProjectSummary> seen =
                projects.search(ProjectFilter.none(), 0, 100, buyer).items();
        long ofHerOrganisation = jdbc.queryForObject(
                "select count(*) from project where organisation_id = ?", Long.class, owner.get("organisation_id"));
        assertThat(seen)
                .hasSize((int) ofHerOrganisation)
                .allMatch(summary -> summary.organisation().value().equals(owner.get("organisation_id")));
        assertThat(result.accounts()).isNotEmpty();
    }

    @Test
    void followUpPlansBelongToCompaniesAreKeptByAdvisersAndCountTheirAdditionsInTheirVersion() {
        assertThat(count("followup_plan")).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from followup_plan p where not exists (select 1 from organisation o"
                                + " where o.id = p.company_id and o.type = 'COMPANY')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from followup_plan p where not exists (select 1 from membership_role r"
                                + " where r.person_id = p.created_by and r.role = 'ADVISER')",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from followup_plan p where p.version <> (select count(*) from"
                                + " followup_activity a where a.plan_id = p.id) + (select count(*) from"
                                + " followup_next_step s where s.plan_id = p.id)",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from followup_plan p where p.changed_at > current_timestamp", Long.class))
                .isZero();
    }

    @Test
    void everyGeneratedCompanyHasOneProfileWhoseSizeFollowsItsEmployeesAndWhoseCodesAreKnownWithTheirAncestors() {
        assertThat(count("supplier_profile"))
                .isPositive()
                .isEqualTo(jdbc.queryForObject("select count(*) from organisation where type = 'COMPANY'", Long.class));
        for (Map<String, Object> profile : jdbc.queryForList("select * from supplier_profile")) {
            int employees = (Integer) profile.get("employees");
            assertThat(profile.get("size_class"))
                    .isEqualTo(SizeClass.of(employees).name());
            Set<String> scope = Set.of(((String) profile.get("competence_scope")).split(" "));
            for (String code : ((String) profile.get("competences")).split(" ")) {
                assertThat(cpv.isKnown(code)).as(code).isTrue();
                assertThat(scope).contains(code);
                cpv.path(CpvCode.of(code))
                        .forEach(ancestor ->
                                assertThat(scope).contains(ancestor.code().value()));
            }
            for (String region : ((String) profile.get("regions")).split(" ")) {
                assertThat(region.equals("NO") || nuts.isKnown(region))
                        .as(region)
                        .isTrue();
            }
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from supplier_saved_search s where not exists (select 1 from"
                                + " membership_role r where r.person_id = s.person_id and r.organisation_id ="
                                + " s.organisation_id and r.role = 'SUPPLIER')",
                        Long.class))
                .isZero();
        assertThat(count("supplier_saved_search")).isPositive();
    }

    @Test
    void instrumentsAreSpreadOverTheInstrumentActorsMostlyPublishedAndReadBackByTheCatalogue() {
        long actors =
                jdbc.queryForObject("select count(*) from organisation where type = 'INSTRUMENT_ACTOR'", Long.class);
        assertThat(actors).isPositive();
        assertThat(count("instrument")).isGreaterThanOrEqualTo(12).isEqualTo(result.count("instruments"));
        assertThat(jdbc.queryForObject("select count(distinct owner_id) from instrument", Long.class))
                .isEqualTo(actors);
        assertThat(jdbc.queryForObject(
                        "select count(*) from instrument i where not exists (select 1 from organisation o"
                                + " where o.id = i.owner_id and o.type = 'INSTRUMENT_ACTOR')",
                        Long.class))
                .isZero();
        long published =
                jdbc.queryForObject("select count(*) from instrument where published_number is not null", Long.class);
        assertThat(published).isGreaterThan(count("instrument") / 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from instrument i where coalesce(i.published_number, 0) <>"
                                + " (select count(*) from instrument_version v where v.instrument_id = i.id)",
                        Long.class))
                .isZero();
        UUID id = jdbc.queryForObject(
                "select id from instrument where published_number is not null order by id limit 1", UUID.class);
        String name = jdbc.queryForObject("select name from instrument where id = ?", String.class, id);
        PublishedInstrument read = instruments.publishedInstrument(new InstrumentId(id));
        assertThat(read.content().name()).isEqualTo(name);
        assertThat(read.content().eligibility().regions()).isNotEmpty();
        assertThat(instruments.published()).hasSize((int) published);
    }

    @Test
    void riskReliefSchemesHaveLedgersThatNeverCommitMoreThanTheirBudgetAndApplicationsForGeneratedProjects() {
        assertThat(count("riskrelief_scheme")).isPositive();
        assertThat(count("riskrelief_ledger")).isEqualTo(count("riskrelief_scheme") * 3);
        assertThat(count("riskrelief_application")).isPositive();
        assertThat(count("riskrelief_criterion")).isGreaterThanOrEqualTo(count("riskrelief_scheme") * 3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from riskrelief_ledger where committed > budget or paid > committed",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from riskrelief_scheme s where (select sum(weight) from riskrelief_criterion c"
                                + " where c.scheme_id = s.id) <> 100",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from riskrelief_application a where not exists (select 1 from project p"
                                + " where p.id = a.project_id and p.organisation_id = a.applicant_id)",
                        Long.class))
                .isZero();
        // What the ledgers committed is what the decisions granted, and what they paid is what the milestones paid.
        assertThat(jdbc.queryForObject("select coalesce(sum(committed), 0) from riskrelief_ledger", Long.class))
                .isEqualTo(jdbc.queryForObject(
                        "select coalesce(sum(amount_granted), 0) from riskrelief_application where status = 'DECIDED'",
                        Long.class));
        assertThat(jdbc.queryForObject("select coalesce(sum(paid), 0) from riskrelief_ledger", Long.class))
                .isEqualTo(jdbc.queryForObject(
                        "select coalesce(sum(amount), 0) from riskrelief_milestone where paid_at is not null",
                        Long.class));
        assertThat(jdbc.queryForObject(
                        "select count(*) from riskrelief_application where submitted_at > current_timestamp"
                                + " or decided_at > current_timestamp",
                        Long.class))
                .isZero();
    }

    @Test
    void fundingEntriesAreRecordedForGeneratedProjectsOfTheirOwners() {
        assertThat(count("funding_entry")).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from funding_entry f where not exists (select 1 from project p"
                                + " where p.id = f.project_id and p.organisation_id = f.project_organisation_id)",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from funding_entry where period_end < period_start"
                                + " or amount_granted > amount_applied",
                        Long.class))
                .isZero();
    }

    @Test
    void everyGeneratedProjectHasABenefitPlanWithMeasurementsAndTheRollupsReadThem() {
        assertThat(count("benefit_plan")).isEqualTo(count("project"));
        assertThat(count("benefit_measurement")).isGreaterThan(count("benefit") * 5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from benefit b where b.latest_on is not null and b.latest_on <>"
                                + " (select max(m.measured_on) from benefit_measurement m where m.benefit_id = b.id)",
                        Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(distinct status) from benefit where status <> 'NOT_MEASURED'", Long.class))
                .isGreaterThanOrEqualTo(3);
        no.innomotor.benefits.Rollup national = rollups.national();
        assertThat(national.projects()).isEqualTo(count("project"));
        assertThat(national.realisedNok()).isPositive().isLessThanOrEqualTo(national.plannedNok());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        Recorder first = new Recorder();
        Recorder again = new Recorder();
        Recorder other = new Recorder();
        generator.contribute(SCALE, SEED, first, quietProgress());
        generator.contribute(SCALE, SEED, again, quietProgress());
        generator.contribute(SCALE, SEED + 1, other, quietProgress());

        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(again.firstRows()).isEqualTo(first.firstRows());
        assertThat(other.counts().get("organisation")).isEqualTo(first.counts().get("organisation"));
        assertThat(other.firstRows().get("organisation"))
                .isNotEqualTo(first.firstRows().get("organisation"));
        assertThat(other.firstRows().get("project"))
                .isNotEqualTo(first.firstRows().get("project"));
        for (String table : List.of("instrument", "riskrelief_scheme", "riskrelief_application", "funding_entry")) {
            assertThat(first.counts().get(table)).as(table).isPositive();
            assertThat(other.firstRows().get(table))
                    .as(table)
                    .isNotEqualTo(first.firstRows().get(table));
        }
        // The stored dataset was made from the same seed: its first organisation is the recorded one.
        assertThat(count("organisation")).isEqualTo(first.counts().get("organisation"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where id = ?",
                        Long.class,
                        first.firstRows().get("organisation").get(0)))
                .isOne();
    }

    @Test
    void theGenerationIsAuditedOnceAndASecondRunIntoTheSameDatabaseIsRefused() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'dataset.generated'", Long.class))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class))
                .isOne();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DataCommandLine command =
                new DataCommandLine(generator, new PrintStream(printed, true, StandardCharsets.UTF_8), quiet(), false);
        long organisations = count("organisation");

        command.run(new DefaultApplicationArguments("data", "generate", "--scale", "0.01", "--seed", "8"));

        assertThat(command.getExitCode()).isEqualTo(DataCommandLine.USAGE);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("already holds a generated dataset");
        assertThat(count("organisation")).isEqualTo(organisations);
    }

    @Test
    void wrongUseExitsWithTwoAndTheUsageLine() {
        for (String[] args : List.of(
                new String[] {"data"},
                new String[] {"data", "fill"},
                new String[] {"data", "generate", "--scale"},
                new String[] {"data", "generate", "--scale", "many"},
                new String[] {"data", "generate", "--scale", "0"},
                new String[] {"data", "generate", "--seed", "1.5"},
                new String[] {"data", "generate", "--colour", "blue"})) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            DataCommandLine command = new DataCommandLine(
                    generator, new PrintStream(printed, true, StandardCharsets.UTF_8), quiet(), false);
            command.run(new DefaultApplicationArguments(args));
            assertThat(command.getExitCode()).as(String.join(" ", args)).isEqualTo(DataCommandLine.USAGE);
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("usage: data generate");
        }
        assertThat(DataCommandLine.parse(List.of("data", "generate", "--scale=0.5", "--seed", "-3")))
                .contains(new DataCommandLine.Options(0.5, -3));
        assertThat(DataCommandLine.parse(List.of("data", "generate"))).contains(new DataCommandLine.Options(1, 1));
    }

    /** A timestamp column as H2 (OffsetDateTime) and PostgreSQL (Timestamp) give it. */
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp
                ? timestamp.toInstant()
                : ((java.time.OffsetDateTime) value).toInstant();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private boolean hasRole(Object person, Object organisation, Role role) {
        return jdbc.queryForObject(
                        "select count(*) from membership_role where person_id = ? and organisation_id = ? and role = ?",
                        Long.class,
                        person,
                        organisation,
                        role.name())
                > 0;
    }

    private GeneratedPersonRow person(Role role) {
        return jdbc.queryForObject(
                "select p.email from person p join membership_role r on r.person_id = p.id where r.role = ?"
                        + " order by p.email limit 1",
                (row, n) -> new GeneratedPersonRow(row.getString(1)),
                role.name());
    }

    private record GeneratedPersonRow(String email) {}

    private CurrentUser user(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static GenerationProgress quietProgress() {
        return new GenerationProgress(quiet(), false);
    }

    /** Keeps the row count and the first row of every table instead of writing them. */
    private static final class Recorder implements DataGenerator.Sink {

        private final Map<String, List<Object>> first = new LinkedHashMap<>();
        private final Map<String, Long> rows = new LinkedHashMap<>();

        @Override
        public BulkTable table(String name, String... columns) {
            rows.putIfAbsent(name, 0L);
            return new BulkTable() {
                @Override
                public void row(Object... values) {
                    Object[] copy = values.clone();
                    if (name.equals("person")) {
                        // The password hash is salted: the one value that differs from run to run.
                        copy[3] = null;
                    }
                    first.putIfAbsent(name, java.util.Arrays.asList(copy));
                    rows.merge(name, 1L, Long::sum);
                }

                @Override
                public long rows() {
                    return rows.get(name);
                }
            };
        }

        Map<String, Long> counts() {
            return rows;
        }

        Map<String, List<Object>> firstRows() {
            return first;
        }
    }
}
