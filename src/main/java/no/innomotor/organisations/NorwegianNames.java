package no.innomotor.organisations;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Name parts for a generated dataset, written for it: first names and surnames common in Norway, and parts of
 * place names and company names that sound Norwegian without naming a real municipality or firm on purpose.
 */
final class NorwegianNames {

    static final List<String> FEMALE = List.of(
            "Anne",
            "Inger",
            "Kari",
            "Marit",
            "Ingrid",
            "Liv",
            "Eva",
            "Berit",
            "Astrid",
            "Bjørg",
            "Hilde",
            "Anna",
            "Solveig",
            "Marianne",
            "Randi",
            "Ida",
            "Nina",
            "Maria",
            "Elisabeth",
            "Kristin",
            "Bente",
            "Heidi",
            "Silje",
            "Hanne",
            "Gerd",
            "Linda",
            "Tone",
            "Tove",
            "Elin",
            "Anita",
            "Wenche",
            "Camilla",
            "Ragnhild",
            "Julie",
            "Mona",
            "Turid",
            "Grete",
            "Siri",
            "Ellen",
            "Hege",
            "Nora",
            "Emma",
            "Sara",
            "Thea",
            "Ingeborg",
            "Mari",
            "Åse",
            "Sigrid",
            "Guro",
            "Synnøve",
            "Vigdis",
            "Trine",
            "Line",
            "Marte",
            "Helene",
            "Karoline",
            "Maja",
            "Aisha",
            "Fatima",
            "Amina",
            "Zofia",
            "Agnieszka",
            "Linh");
    static final List<String> MALE = List.of(
            "Jan",
            "Per",
            "Bjørn",
            "Ole",
            "Lars",
            "Kjell",
            "Knut",
            "Arne",
            "Svein",
            "Thomas",
            "Hans",
            "Geir",
            "Tor",
            "Morten",
            "Terje",
            "Odd",
            "Erik",
            "Martin",
            "Andreas",
            "Rune",
            "Trond",
            "John",
            "Anders",
            "Harald",
            "Tore",
            "Jon",
            "Olav",
            "Espen",
            "Øyvind",
            "Kristian",
            "Eirik",
            "Magnus",
            "Jonas",
            "Henrik",
            "Sindre",
            "Håkon",
            "Sigurd",
            "Vegard",
            "Eivind",
            "Stian",
            "Ola",
            "Gunnar",
            "Halvor",
            "Torbjørn",
            "Audun",
            "Steinar",
            "Frode",
            "Leif",
            "Asbjørn",
            "Jørgen",
            "Mathias",
            "Emil",
            "Aksel",
            "Mohammed",
            "Ali",
            "Piotr",
            "Tomasz",
            "Minh");
    static final List<String> SURNAMES = List.of(
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Jensen",
            "Karlsen",
            "Johnsen",
            "Pettersen",
            "Eriksen",
            "Berg",
            "Haugen",
            "Hagen",
            "Johannessen",
            "Andreassen",
            "Jacobsen",
            "Dahl",
            "Jørgensen",
            "Halvorsen",
            "Henriksen",
            "Lund",
            "Sørensen",
            "Jakobsen",
            "Moen",
            "Gundersen",
            "Iversen",
            "Strand",
            "Solberg",
            "Svendsen",
            "Eide",
            "Knutsen",
            "Martinsen",
            "Paulsen",
            "Bakken",
            "Kristoffersen",
            "Mathisen",
            "Lie",
            "Amundsen",
            "Nguyen",
            "Rasmussen",
            "Lunde",
            "Solheim",
            "Berge",
            "Moe",
            "Nygård",
            "Bakke",
            "Kristensen",
            "Fredriksen",
            "Holm",
            "Lien",
            "Hauge",
            "Christensen",
            "Andresen",
            "Nielsen",
            "Knudsen",
            "Evensen",
            "Sæther",
            "Aas",
            "Myhre",
            "Haugland",
            "Thomassen",
            "Sivertsen",
            "Simonsen",
            "Danielsen",
            "Berntsen",
            "Sandvik",
            "Rønning",
            "Arnesen",
            "Antonsen",
            "Næss",
            "Vik",
            "Haug",
            "Ellingsen",
            "Thorsen",
            "Edvardsen",
            "Birkeland",
            "Isaksen",
            "Gulbrandsen",
            "Ruud",
            "Aasen",
            "Strøm",
            "Myklebust",
            "Tangen",
            "Ødegård",
            "Eliassen",
            "Helland",
            "Bøe",
            "Aune",
            "Mikkelsen",
            "Tveit",
            "Brekke",
            "Abrahamsen",
            "Madsen",
            "Ahmed",
            "Khan",
            "Kowalski",
            "Tran",
            "Fosse",
            "Hovland",
            "Bjerke",
            "Grønli",
            "Rustad",
            "Torgersen",
            "Vold",
            "Engen",
            "Skogen",
            "Nordby",
            "Hoel");

    /** First parts of place names. */
    static final List<String> PLACE_START = List.of(
            "Lyng", "Bjørke", "Fjell", "Elve", "Skog", "Gran", "Hav", "Sol", "Nord", "Sør", "Vest", "Aust", "Stor",
            "Lille", "Ny", "Berg", "Dal", "Eid", "Furu", "Haug", "Holm", "Li", "Mo", "Myr", "Nes", "Rød", "Sand",
            "Stein", "Strand", "Tveit", "Vik", "Ås", "Øy", "Fos", "Hol", "Kvam", "Lund", "Rise", "Sæter", "Tjern",
            "Vang", "Åker", "Bø", "Gjerde", "Hov", "Kleiv", "Ramn", "Ørne", "Ulv", "Elg", "Hjort", "Rype", "Laks",
            "Sild", "Torsk", "Kvit", "Svart", "Grøn", "Blå", "Lang", "Bred", "Høg", "Djup", "Vind", "Snø", "Is", "Eik",
            "Osp", "Alm", "Lind", "Hassel", "Rogn", "Bjørn", "Rev");
    /** Last parts of place names. */
    static final List<String> PLACE_END = List.of(
            "vik", "dal", "nes", "berg", "fjord", "stad", "heim", "land", "rud", "vang", "bygd", "øy", "sund", "li",
            "mo", "haug", "eid", "fjell", "bø", "moen", "ås", "strand", "sand", "holm", "våg", "botn", "set", "tun",
            "gard", "sjø", "elv", "nesset", "kollen", "fjorden", "åsen", "lia", "dalen", "bakken", "øyra", "hamn");
    /** Words before a company's trade. */
    static final List<String> COMPANY_START = List.of(
            "Fjord", "Nord", "Sør", "Vest", "Øst", "Fjell", "Berg", "Lys", "Nordlys", "Havbris", "Skog", "Elv", "Vik",
            "Furu", "Bjørk", "Lyng", "Stein", "Kyst", "Polar", "Midnatt", "Tind", "Bre", "Strand", "Eik", "Osp", "Ørn",
            "Elg", "Laks", "Fyr", "Brygge", "Nes", "Holm", "Dal", "Heia", "Vidde", "Tun", "Stabbur", "Bølge", "Sol",
            "Snø", "Frost", "Glimt", "Gnist", "Aurora", "Fonn", "Juv", "Skjær", "Sjø", "Mjøs", "Kjerne", "Rolig",
            "Smart", "Klar", "Presis", "Trygg", "Grønn", "Blå", "Ny", "Fram", "Modig");

    static final List<String> COMPANY_MIDDLE = List.of(
            "", "", "", "lys", "kraft", "tek", "lab", "form", "verk", "bro", "hav", "vind", "stein", "skog", "link",
            "nett", "data", "gruppen", "partner", "vekst");

    private NorwegianNames() {}

    static <T> T pick(RandomGenerator random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String firstName(RandomGenerator random) {
        return pick(random, random.nextBoolean() ? FEMALE : MALE);
    }

    static String fullName(RandomGenerator random) {
        String surname = pick(random, SURNAMES);
        if (random.nextInt(8) == 0) {
            surname = pick(random, SURNAMES) + " " + surname;
        }
        return firstName(random) + " " + surname;
    }

    static String place(RandomGenerator random) {
        String start = pick(random, PLACE_START);
        String end = pick(random, PLACE_END);
        while (start.toLowerCase(Locale.ROOT).endsWith(end.substring(0, 1)) && start.length() + end.length() > 9) {
            end = pick(random, PLACE_END);
        }
        return start + end;
    }

    /** Lower case ASCII for addresses: æ → ae, ø → o, å → a, other accents dropped, spaces to hyphens. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
