package no.innomotor.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.innomotor.shared.security.EndpointRule;
import no.innomotor.shared.security.EndpointRules;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Every endpoint the running application maps ("GET /projects/{id}"), from every request-mapping handler mapping
 * (controllers, actuator, springdoc) and every static-resource mapping, matched against the declared
 * {@link EndpointRule}s.
 */
final class EndpointCatalogue {

    /** Where an undeclared endpoint's rule goes, for the failure message. */
    static final String WHERE =
            "declare it with an EndpointRule in the EndpointRules bean of the module's web access class "
                    + "(e.g. projects/web/ProjectsWebAccess), see docs/development.md \"Security\"";

    private EndpointCatalogue() {}

    /** The endpoints a context maps; a mapping without a method condition counts as GET (as the harness calls it). */
    static Set<String> mapped(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("GET " + pattern);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
                }
            }
        }
        for (AbstractUrlHandlerMapping mapping :
                context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
            mapping.getHandlerMap().forEach((pattern, handler) -> {
                if (handler instanceof ResourceHttpRequestHandler) {
                    endpoints.add("GET " + pattern);
                }
            });
        }
        return endpoints;
    }

    static List<EndpointRule> declared(Collection<EndpointRules> modules) {
        return modules.stream().flatMap(m -> m.endpoints().stream()).toList();
    }

    /** Problems: an endpoint without a rule, a rule declared twice, a rule naming no endpoint. Empty when sound. */
    static List<String> problems(Set<String> mapped, List<EndpointRule> rules) {
        List<String> problems = new ArrayList<>();
        Map<String, EndpointRule> byEndpoint = new LinkedHashMap<>();
        for (EndpointRule rule : rules) {
            if (byEndpoint.putIfAbsent(rule.endpoint(), rule) != null) {
                problems.add("rule declared twice: " + rule.endpoint());
            }
        }
        for (String endpoint : mapped) {
            if (!byEndpoint.containsKey(endpoint)) {
                problems.add("no rule for endpoint " + endpoint + ": " + WHERE);
            }
        }
        for (String endpoint : byEndpoint.keySet()) {
            if (!mapped.contains(endpoint)) {
                problems.add("rule for an endpoint nothing maps (renamed or removed?): " + endpoint);
            }
        }
        return problems;
    }
}
