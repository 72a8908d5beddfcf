package no.innomotor.notices;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Demo opportunities: the eForms SDK's example notices, imported the way an administrator would import them. */
@Component
class NoticesDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(NoticesDemoData.class);

    private final NoticesManagement notices;

    NoticesDemoData(NoticesManagement notices) {
        this.notices = notices;
    }

    @Override
    public void contribute(Map<String, OrganisationId> organisations, Map<String, PersonId> people) {
        try {
            Resource[] examples = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:eforms-sdk/examples/notices/*.xml");
            Arrays.sort(examples, Comparator.comparing(Resource::getFilename));
            long imported = 0;
            for (Resource example : examples) {
                if (!example.getFilename().startsWith("INVALID")) {
                    imported += notices.importNotice(example.getFilename(), example.getContentAsByteArray(), null)
                                    .stored()
                            ? 1
                            : 0;
                }
            }
            log.info("Demo data: {} opportunities from the eForms SDK's example notices", imported);
        } catch (IOException e) {
            log.warn("Demo data: the eForms SDK's example notices could not be read");
        }
    }
}
