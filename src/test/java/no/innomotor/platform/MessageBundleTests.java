package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundleTests {

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        properties.stringPropertyNames().forEach(keys::add);
        properties.forEach((key, value) ->
                assertThat(value.toString()).as(bundle + " " + key).isNotBlank());
        return keys;
    }

    @Test
    void bokmalNynorskAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> bokmal = keys("messages.properties");
        assertThat(keys("messages_nn.properties")).containsExactlyElementsOf(bokmal);
        assertThat(keys("messages_en.properties")).containsExactlyElementsOf(bokmal);
    }

    /** Visible text in a template must come from the bundles: what is left after removing markup and code is names. */
    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        Set<String> allowed = Set.of(
                "Innomotor", "Bokmål", "Nynorsk", "English", "CPV", "NUTS", "API", "OpenAPI", "JSON", "eForms", "OCDS");
        Pattern directives =
                Pattern.compile("(?m)^\\s*@(import|param|if|else|elseif|endif|for|endfor|template|raw|endraw)\\b.*$");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                String text = Files.readString(file);
                text = text.replaceAll("(?s)<!--.*?-->", " ")
                        .replaceAll("(?s)<script.*?</script>", " ")
                        .replaceAll("(?s)<style.*?</style>", " ");
                text = stripExpressions(text);
                text = directives.matcher(text).replaceAll(" ");
                text = stripInlineDirectives(text);
                text = text.replaceAll("(?s)<[^>]*>", " ")
                        .replaceAll("@`|`\\)|\\)", " ")
                        .replaceAll("&[a-z]+;|&#\\d+;", " ");
                for (String word : text.split("[\\s–·|:/()\\[\\],.]+")) {
                    if (word.codePoints().anyMatch(Character::isLetter) && !allowed.contains(word)) {
                        offenders.add(file + ": " + word);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /** Removes directives inside a line, e.g. {@code ${label}@if(required) …@endif}: their conditions are code. */
    private static String stripInlineDirectives(String text) {
        StringBuilder out = new StringBuilder();
        Pattern directive = Pattern.compile("@(if|elseif|for)\\s*\\(|@(endif|endfor|else)\\b");
        java.util.regex.Matcher m = directive.matcher(text);
        int i = 0;
        while (m.find(i)) {
            out.append(text, i, m.start()).append(' ');
            int j = m.end();
            if (m.group(1) != null) {
                for (int depth = 1; j < text.length() && depth > 0; j++) {
                    char c = text.charAt(j);
                    if (c == '(') depth++;
                    else if (c == ')') depth--;
                }
            }
            i = j;
        }
        return out.append(text.substring(i)).toString();
    }

    /** Removes ${…}, $unsafe{…} and !{…} expressions, which may nest braces. */
    private static String stripExpressions(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean start = text.startsWith("${", i) || text.startsWith("!{", i) || text.startsWith("$unsafe{", i);
            if (start) {
                int open = text.indexOf('{', i);
                int depth = 0;
                int j = open;
                for (; j < text.length(); j++) {
                    char c = text.charAt(j);
                    if (c == '{') depth++;
                    else if (c == '}' && --depth == 0) break;
                }
                out.append(' ');
                i = j + 1;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
