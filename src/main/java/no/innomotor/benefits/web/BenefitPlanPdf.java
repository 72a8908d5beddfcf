package no.innomotor.benefits.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.benefits.BenefitPlanView;
import no.innomotor.benefits.BenefitView;
import no.innomotor.shared.documents.PdfDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The benefit realisation plan as a PDF, in the reader's language: the overview table, then each benefit in full. */
@Component
class BenefitPlanPdf {

    private final MessageSource messages;

    BenefitPlanPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] of(BenefitPlanView plan, Locale locale) {
        PdfDocument pdf = PdfDocument.titled(
                        t(locale, "benefits.pdf.title", plan.project().title()), locale)
                .author(plan.project().organisationName())
                .subject(t(locale, "benefits.overview.heading"))
                .pageLabel(t(locale, "benefits.pdf.page"))
                .paragraph(t(locale, "benefits.overview.lead"));
        List<List<String>> rows = new ArrayList<>();
        for (BenefitView b : plan.benefits()) {
            rows.add(List.of(
                    String.valueOf(b.number()),
                    b.title(),
                    t(locale, "benefits.type." + b.type()),
                    BenefitNumbers.withUnit(b.baselineValue(), b.unit()),
                    BenefitNumbers.withUnit(b.targetValue(), b.unit()),
                    BenefitNumbers.withUnit(b.latestValue(), b.unit()),
                    t(locale, "benefits.status." + b.status()),
                    b.ownerName()));
        }
        pdf.heading(t(locale, "benefits.overview.tableHeading"));
        if (rows.isEmpty()) {
            pdf.paragraph(t(locale, "benefits.overview.none"));
        } else {
            pdf.table(
                    List.of(
                            t(locale, "benefits.overview.number"),
                            t(locale, "benefits.overview.benefit"),
                            t(locale, "benefits.overview.type"),
                            t(locale, "benefits.overview.baseline"),
                            t(locale, "benefits.overview.target"),
                            t(locale, "benefits.overview.latest"),
                            t(locale, "benefits.overview.status"),
                            t(locale, "benefits.overview.owner")),
                    List.of(0.5f, 2.5f, 1.5f, 1.2f, 1.2f, 1.2f, 1f, 1.4f),
                    rows);
        }
        for (BenefitView b : plan.benefits()) {
            pdf.heading(b.number() + ". " + b.title());
            if (!b.description().isEmpty()) {
                pdf.paragraph(b.description());
            }
            List<PdfDocument.Fact> facts = new ArrayList<>();
            facts.add(fact(
                    locale,
                    "benefits.form.indicator",
                    b.indicator() + (b.unit().isEmpty() ? "" : " (" + b.unit() + ")")));
            facts.add(fact(locale, "benefits.form.method", b.method()));
            facts.add(fact(
                    locale,
                    "benefits.overview.baseline",
                    BenefitNumbers.withUnit(b.baselineValue(), b.unit())
                            + (b.baselineOn() == null ? "" : " – " + b.baselineOn())
                            + (b.baselineSource().isEmpty() ? "" : " – " + b.baselineSource())));
            facts.add(fact(
                    locale,
                    "benefits.overview.target",
                    BenefitNumbers.withUnit(b.targetValue(), b.unit())
                            + (b.targetOn() == null ? "" : " – " + b.targetOn())));
            facts.add(fact(locale, "benefits.form.schedule", t(locale, "benefits.schedule." + b.schedule())));
            facts.add(fact(locale, "benefits.form.owner", b.ownerName()));
            facts.add(fact(
                    locale,
                    "benefits.form.plannedNok",
                    b.plannedNok() == null ? "" : b.plannedNok().kroner() + " kr"));
            facts.add(fact(locale, "benefits.form.mandateGoal", b.mandateGoal()));
            facts.add(fact(locale, "benefits.form.preconditions", b.preconditions()));
            facts.add(fact(locale, "benefits.form.actions", b.actions()));
            facts.add(fact(locale, "benefits.form.risks", b.risks()));
            pdf.facts(facts);
        }
        return pdf.toBytes();
    }

    private PdfDocument.Fact fact(Locale locale, String key, String value) {
        return new PdfDocument.Fact(t(locale, key), value.isBlank() ? "–" : value);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
