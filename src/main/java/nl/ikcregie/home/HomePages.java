package nl.ikcregie.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.account.User;
import nl.ikcregie.application.ApplicationService;
import nl.ikcregie.assessment.AssessmentService;
import nl.ikcregie.assessment.WorkList;
import nl.ikcregie.application.SubsidyApplication;
import nl.ikcregie.decision.Deadline;
import nl.ikcregie.decision.DeadlineService;
import nl.ikcregie.designation.DesignationService;
import nl.ikcregie.designation.PlusDesignation;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcService;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.organisation.OrganisationService;
import nl.ikcregie.organisation.ReferenceSummary;
import nl.ikcregie.round.SubsidyRound;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.report.ReportService;
import nl.ikcregie.shared.Roles;
import nl.ikcregie.shared.web.Redirects;
import org.jboss.resteasy.reactive.RestQuery;

/** One start page per role; {@code /} sends each signed-in person to their own. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance municipal(String heading, String intro, ReferenceSummary summary,
                List<ApplicationService.RoundSummary> rounds, boolean showDeadlines, Deadline.Summary deadlines,
                List<PlusDesignation> reviews, LocalDate today);

        static native TemplateInstance beheer(ReferenceSummary summary, List<User> accounts);

        static native TemplateInstance aanvrager(Organisation organisation, List<Ikc> ikcs,
                List<SubsidyApplication> applications, List<SubsidyRound> openRounds, LocalDate today,
                List<ReportService.DueReport> reports);

        static native TemplateInstance commissie(Organisation organisation, WorkList work, String melding);
    }

    @Inject
    ReportService reports;

    @Inject
    Caller caller;

    @Inject
    IkcService ikcs;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    ApplicationService applications;

    @Inject
    DeadlineService deadlines;

    @Inject
    AssessmentService assessments;

    @Inject
    DesignationService designations;

    @Inject
    Clock clock;

    @GET
    @Authenticated
    public Response root() {
        return Redirects.seeOther(homeOf(caller.primaryRole()));
    }

    static String homeOf(String role) {
        return switch (role) {
            case Roles.BEHEERDER -> "/beheer";
            case Roles.PROJECTLEIDER -> "/projectleider";
            case Roles.COMMISSIELID -> "/commissie";
            case Roles.AANVRAGER -> "/aanvrager";
            case Roles.BESTUURDER -> "/college";
            case Roles.ONTWIKKELGROEP -> "/ontwikkelgroep";
            default -> "/geen-rol";
        };
    }

    @GET
    @Path("/beheer")
    @RolesAllowed(Roles.BEHEERDER)
    public TemplateInstance beheer() {
        return Templates.beheer(summary(), accounts.list()).data("nav", "start");
    }

    @GET
    @Path("/projectleider")
    @RolesAllowed(Roles.PROJECTLEIDER)
    public TemplateInstance projectleider() {
        return Templates.municipal("Start projectleider",
                "Overzicht van het programma: lopende rondes, IKC's, aandachtsgebieden en wat binnenkort aandacht vraagt.",
                summary(), applications.runningRounds(), true, deadlines.attentionSummary(),
                designations.reviewsNeedingAttention(), LocalDate.now(clock))
                .data("nav", "start");
    }

    @GET
    @Path("/college")
    @RolesAllowed(Roles.BESTUURDER)
    public TemplateInstance college() {
        return Templates.municipal("Start college van B&W",
                "Overzicht van het programma Kansen voor Kinderen voor het college.", summary(),
                applications.runningRounds(), false, Deadline.summarise(List.of(), LocalDate.now(clock), 0), List.of(),
                LocalDate.now(clock)).data("nav", "start");
    }

    @GET
    @Path("/ontwikkelgroep")
    @RolesAllowed(Roles.ONTWIKKELGROEP)
    public TemplateInstance ontwikkelgroep() {
        return Templates.municipal("Start Ontwikkelgroep",
                "Overzicht van het programma voor de Ontwikkelgroep van gemeente, onderwijs en kinderopvang.", summary(),
                List.of(), false, Deadline.summarise(List.of(), LocalDate.now(clock), 0), List.of(), LocalDate.now(clock))
                .data("nav", "start");
    }

    @GET
    @Path("/aanvrager")
    @RolesAllowed(Roles.AANVRAGER)
    public TemplateInstance aanvrager() {
        long organisationId = caller.organisationId().orElseThrow();
        return Templates.aanvrager(organisations.getVisible(organisationId), ikcs.listForOrganisation(organisationId),
                applications.listVisible(null), applications.roundsOpenForApplications(), LocalDate.now(clock),
                reports.dueVisible(reports.defaultYear()).stream()
                        .filter(d -> d.ikc().schoolBoard.id == organisationId).toList())
                .data("nav", "start");
    }

    @GET
    @Path("/commissie")
    @RolesAllowed(Roles.COMMISSIELID)
    public TemplateInstance commissie(@RestQuery String melding) {
        return Templates.commissie(organisations.getVisible(caller.organisationId().orElseThrow()), assessments.workList(),
                melding).data("nav", "start");
    }

    private ReferenceSummary summary() {
        return ikcs.summary(LocalDate.now(clock));
    }
}
