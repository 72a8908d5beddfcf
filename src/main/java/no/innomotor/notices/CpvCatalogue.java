package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The CPV 2008 code list, read from the eForms SDK artifact on the class path. Bokmål labels come from a translation
 * file in the Norwegian eForms SDK's format ({@code innomotor.reference.cpv-translations}); without one, English.
 */
@Service
public class CpvCatalogue {

    private static final Logger log = LoggerFactory.getLogger(CpvCatalogue.class);
    static final String SDK_CPV = "eforms-sdk/codelists/cpv.gc";

    private final @Nullable String translationsFile;
    private volatile @Nullable Map<CpvCode, CpvEntry> codes;
    private volatile @Nullable Map<CpvCode, String> searchText;

    CpvCatalogue(@Value("${innomotor.reference.cpv-translations:}") @Nullable String translationsFile) {
        this.translationsFile = translationsFile == null || translationsFile.isBlank() ? null : translationsFile;
        if (this.translationsFile == null) {
            log.info(
                    "CPV labels: English (set INNOMOTOR_CPV_TRANSLATIONS to a Norwegian eForms SDK cpv.yaml for bokmål)");
        } else {
            log.info("CPV labels: bokmål from {}", this.translationsFile);
        }
    }

    public Optional<CpvEntry> find(CpvCode code) {
        return Optional.ofNullable(codes().get(code));
    }

    /** What a person typed: 72000000, 72000000-5 or 72 00 00 00; empty when it is not a code of CPV 2008. */
    public Optional<CpvEntry> find(String typed) {
        return CpvCode.parse(typed).flatMap(this::find);
    }

    public boolean isKnown(CpvCode code) {
        return codes().containsKey(code);
    }

    public boolean isKnown(String typed) {
        return find(typed).isPresent();
    }

    public int size() {
        return codes().size();
    }

    /** The entries from the division down to this code (division → group → class → category …). */
    public List<CpvEntry> path(CpvCode code) {
        List<CpvEntry> path = new ArrayList<>();
        CpvEntry current = codes().get(code);
        while (current != null) {
            path.add(current);
            current = current.parent() == null ? null : codes().get(current.parent());
        }
        Collections.reverse(path);
        return path;
    }

    /** Every code at or below {@code ancestor} in the tree, in code order. */
    public List<CpvEntry> descendants(CpvCode ancestor) {
        return codes().values().stream()
                .filter(entry -> covers(ancestor, entry.code()))
                .sorted(java.util.Comparator.comparing(CpvEntry::code))
                .toList();
    }

    /** True when {@code code} is {@code ancestor} itself or below it in the tree; matching uses this everywhere. */
    public boolean covers(CpvCode ancestor, CpvCode code) {
        return path(code).stream().anyMatch(entry -> entry.code().equals(ancestor));
    }

    /**
     * Type-ahead search over code, bokmål and English label; codes matching by prefix come first. Words match
     * anywhere in a label, so "snø" finds "Snøbrøyting" (Norwegian compounds), regardless of case and diacritics.
     */
    public List<CpvEntry> search(String query, Locale locale, int limit) {
        String q = fold(query.trim());
        if (q.isEmpty()) {
            return List.of();
        }
        String digits = q.replaceAll("[^0-9]", "");
        boolean numeric = !digits.isEmpty()
                && digits.length() == q.replaceAll("[\\s-]", "").length();
        List<CpvEntry> hits = new ArrayList<>();
        for (CpvEntry entry : codes().values()) {
            boolean match = numeric
                    ? entry.code().value().startsWith(digits)
                    : matchesWords(searchText().get(entry.code()), q);
            if (match) {
                hits.add(entry);
            }
        }
        hits.sort((x, y) -> x.level() != y.level()
                ? Integer.compare(x.level(), y.level())
                : x.code().compareTo(y.code()));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    private static boolean matchesWords(String label, String query) {
        for (String word : query.split("\\s+")) {
            if (!label.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without diacritics, ø as o and æ as ae, so "snø", "sno" and "SNØ" search alike. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ß", "ss");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** Per code, its folded English and bokmål labels, searched by {@link #search}. */
    private Map<CpvCode, String> searchText() {
        Map<CpvCode, String> loaded = searchText;
        if (loaded == null) {
            Map<CpvCode, String> text = new LinkedHashMap<>();
            codes().values()
                    .forEach(code -> text.put(
                            code.code(), fold(code.english() + (code.bokmal() == null ? "" : " | " + code.bokmal()))));
            loaded = Collections.unmodifiableMap(text);
            searchText = loaded;
        }
        return loaded;
    }

    private Map<CpvCode, CpvEntry> codes() {
        Map<CpvCode, CpvEntry> loaded = codes;
        if (loaded == null) {
            synchronized (this) {
                loaded = codes;
                if (loaded == null) {
                    loaded = load();
                    codes = loaded;
                }
            }
        }
        return loaded;
    }

    private Map<CpvCode, CpvEntry> load() {
        long start = System.nanoTime();
        Map<CpvCode, String> bokmal = bokmalLabels();
        Map<CpvCode, CpvEntry> result = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource(SDK_CPV).getInputStream()) {
            GenericodeReader.rows(in, Set.of("code", "eng_label", "Name", "parentCode"), row -> {
                CpvCode code = CpvCode.of(row.get("code"));
                String english = row.getOrDefault("eng_label", row.getOrDefault("Name", code.value()));
                String parent = row.get("parentCode");
                result.put(
                        code,
                        new CpvEntry(
                                code,
                                english,
                                bokmal.get(code),
                                parent == null ? null : CpvCode.parse(parent).orElse(null)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's CPV code list could not be read", e);
        }
        log.info(
                "Loaded {} CPV codes ({} with bokmål labels) in {} ms",
                result.size(),
                bokmal.size(),
                (System.nanoTime() - start) / 1_000_000);
        return Collections.unmodifiableMap(result);
    }

    @SuppressWarnings("unchecked")
    private Map<CpvCode, String> bokmalLabels() {
        if (translationsFile == null) {
            return Map.of();
        }
        Path path = Path.of(translationsFile);
        if (!Files.isReadable(path)) {
            log.warn("CPV translation file {} is not readable; CPV labels will be in English", path);
            return Map.of();
        }
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setAllowDuplicateKeys(false);
        try (InputStream in = Files.newInputStream(path)) {
            Map<Object, Object> yaml = new Yaml(options).load(in);
            Map<CpvCode, String> labels = new LinkedHashMap<>();
            yaml.forEach((key, value) -> {
                if (value instanceof Map<?, ?> entry && entry.get("nob") instanceof String nob && !nob.isBlank()) {
                    CpvCode.parse(String.valueOf(key)).ifPresent(code -> labels.put(code, nob.trim()));
                }
            });
            return labels;
        } catch (IOException | RuntimeException e) {
            log.warn("CPV translation file {} could not be read; CPV labels will be in English", path);
            return Map.of();
        }
    }
}
