package no.innomotor.knowledge.web;

import java.util.List;

/**
 * The public download page (opendata/index.jte): the files, the API addresses, the licence and every field with its
 * explanation key.
 *
 * @param fields the projects' CSV columns, each with its explanation's message key
 * @param ocidPrefix the prefix of every ocid this platform publishes
 */
public record OpenDataPage(List<Field> fields, String ocidPrefix, boolean placeholderPrefix) {

    static final String TEMPLATE = "knowledge/opendata/index";

    public OpenDataPage {
        fields = List.copyOf(fields);
    }

    public record Field(String name, String explanationKey) {}
}
