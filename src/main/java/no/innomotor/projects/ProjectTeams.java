package no.innomotor.projects;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A narrow question for other modules, asked on the platform's behalf rather than a signed-in person's: who works on
 * a project. The notifications module uses it to tell the team when something happens to their project.
 */
@Service
@Transactional(readOnly = true)
public class ProjectTeams {

    private final ProjectRepository projects;

    ProjectTeams(ProjectRepository projects) {
        this.projects = projects;
    }

    public Optional<ProjectTeam> of(ProjectId id) {
        return projects.findById(id.value())
                .map(project -> new ProjectTeam(project.id(), project.title(), project.organisation(), project.team()));
    }
}
