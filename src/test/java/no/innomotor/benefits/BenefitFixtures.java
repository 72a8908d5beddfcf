package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the benefits module's test data through the real services: benefits on a project's plan. */
@Component
public class BenefitFixtures {

    public static final LocalDate BASELINE_ON = LocalDate.of(2026, 1, 1);
    public static final LocalDate TARGET_ON = LocalDate.of(2027, 1, 1);

    private final BenefitsManagement benefits;
    private final BenefitReminders reminders;

    BenefitFixtures(BenefitsManagement benefits, BenefitReminders reminders) {
        this.benefits = benefits;
        this.reminders = reminders;
    }

    /** A priced efficiency benefit: 1 000 000 kr a year spent, down to 400 000 by 2027, worth 600 000 kr. */
    public static BenefitDetails efficiency(String title, PersonId owner) {
        return details(
                title,
                BenefitType.EFFICIENCY,
                "kr",
                new BigDecimal("1000000"),
                new BigDecimal("400000"),
                owner,
                Money.nok(600_000),
                List.of());
    }

    /** A quality benefit: minutes of waiting, from 60 down to 20. */
    public static BenefitDetails waiting(String title, PersonId owner, List<BenefitId> leadsTo) {
        return details(
                title,
                BenefitType.QUALITY,
                "minutter",
                new BigDecimal("60"),
                new BigDecimal("20"),
                owner,
                null,
                leadsTo);
    }

    public static BenefitDetails details(
            String title,
            BenefitType type,
            String unit,
            @Nullable BigDecimal baseline,
            BigDecimal target,
            PersonId owner,
            @Nullable Money planned,
            List<BenefitId> leadsTo) {
        return new BenefitDetails(
                title,
                "Beskrivelse av " + title,
                type,
                planned != null,
                true,
                "Indikator for " + title,
                unit,
                "Uttrekk fra fagsystemet hvert kvartal",
                baseline,
                baseline == null ? null : BASELINE_ON,
                baseline == null ? "" : "Fagsystemet, uttrekk januar 2026",
                target,
                TARGET_ON,
                MeasurementSchedule.QUARTERLY,
                owner,
                "Tjenesten tas i bruk i alle soner",
                "Opplæring av ansatte",
                "Lav bruk i starten",
                "Trygghet hjemme",
                planned,
                leadsTo);
    }

    public BenefitId efficiency(ProjectFixtures.Org org, ProjectId project, String title) {
        return benefits.add(
                project, efficiency(title, org.buyer().id()), org.buyer().user());
    }

    /** The morning reminder, for the benefits of one project only (others' tests share the database). */
    public int remind(ProjectId project) {
        return reminders.remind(benefit -> benefit.plan().project().equals(project));
    }
}
