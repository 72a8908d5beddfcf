package no.innomotor.platform;

import java.util.List;

/** The demo accounts of the embedded default, shown on the login page in demo mode only and in the README. */
public final class DemoAccounts {

    /** Every demo account has this password; demo mode is never on in production. */
    public static final String PASSWORD = "innomotor-demo";

    public record Account(String email, String name, String descriptionKey) {}

    public static final Account ADMIN = new Account("admin@innomotor.no", "Ada Admin", "demo.account.admin");
    public static final Account BUYER =
            new Account("kari.innkjoper@baerum.kommune.no", "Kari Innkjøper", "demo.account.buyer");
    public static final Account LEADER =
            new Account("rune.radmann@baerum.kommune.no", "Rune Rådmann", "demo.account.leader");
    public static final Account BUYER_OTHER =
            new Account("ola.innkjoper@trondheim.kommune.no", "Ola Nordmann", "demo.account.buyerOther");
    public static final Account SUPPLIER = new Account("sara@sensorlab.no", "Sara Leverandør", "demo.account.supplier");
    public static final Account ADVISER = new Account("per.radgiver@lup.no", "Per Rådgiver", "demo.account.adviser");
    public static final Account INSTRUMENT =
            new Account("ingrid@innovasjonnorge.no", "Ingrid Virkemiddel", "demo.account.instrument");
    public static final Account JURY = new Account("jon.jury@nho.no", "Jon Jury", "demo.account.jury");
    public static final Account MENTOR = new Account("mona.mentor@dfo.no", "Mona Mentor", "demo.account.mentor");

    public static final List<Account> ALL =
            List.of(ADMIN, BUYER, LEADER, BUYER_OTHER, SUPPLIER, ADVISER, INSTRUMENT, JURY, MENTOR);

    private DemoAccounts() {}
}
