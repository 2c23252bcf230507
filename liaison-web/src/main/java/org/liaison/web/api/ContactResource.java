package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.agency.ContactCommitments;
import org.liaison.agency.ContactService;
import org.liaison.agency.StillNamedOn;
import org.liaison.domain.agency.Contact;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.PageRequest;

@Path("contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Named officers and staff at agencies: the direct lines")
public class ContactResource {

    @Inject
    ContactService contacts;

    @Context
    UriInfo uri;

    @Inject
    jakarta.validation.Validator validator;

    public record ContactView(Long id, long version, Long agencyId, String agencyName, String firstName,
            String lastName, String rank, String unit, String phone, String mobile, String radioChannel, String email,
            LocalDate verifiedAt, boolean verificationDue, String notes, String jointRole, String preferredMethod,
            LocalDate leftOn) {
        static ContactView of(Contact c) {
            return new ContactView(c.getId(), c.getVersion(), c.getAgency().getId(), c.getAgency().getName(),
                    c.getFirstName(), c.getLastName(), c.getRank(), c.getUnit(), c.getPhone(), c.getMobile(),
                    c.getRadioChannel(), c.getEmail(), c.getVerifiedAt(), c.isVerificationDue(LocalDate.now()),
                    c.getNotes(), c.getJointRole() == null ? null : c.getJointRole().name(),
                    c.getPreferredMethod() == null ? null : c.getPreferredMethod().name(), c.getLeftOn());
        }
    }

    /**
     * The answer to recording a departure: the contact as {@link ContactView} has it, field for field, then how many
     * places at upcoming exercises the departure gave up and what still names them (the first of each kind; the total
     * counts them all), for the manager to hand to someone else.
     */
    public record DepartureView(Long id, long version, Long agencyId, String agencyName, String firstName,
            String lastName, String rank, String unit, String phone, String mobile, String radioChannel, String email,
            LocalDate verifiedAt, boolean verificationDue, String notes, String jointRole, String preferredMethod,
            LocalDate leftOn, int cancelledRegistrations, List<CommitmentView> stillNamedOn, long stillNamedOnTotal) {
        static DepartureView of(ContactService.Departure departure) {
            StillNamedOn named = departure.stillNamedOn();
            ContactView c = ContactView.of(departure.contact());
            return new DepartureView(c.id(), c.version(), c.agencyId(), c.agencyName(), c.firstName(), c.lastName(),
                    c.rank(), c.unit(), c.phone(), c.mobile(), c.radioChannel(), c.email(), c.verifiedAt(),
                    c.verificationDue(), c.notes(), c.jointRole(), c.preferredMethod(), c.leftOn(),
                    departure.cancelledRegistrations(), named.shown().stream().map(CommitmentView::of).toList(),
                    named.total());
        }
    }

    /** A record that still names the contact: kind ACTION_ITEM, EXERCISE or MEETING, its id, title and day. */
    public record CommitmentView(String kind, Long id, String title, LocalDate date) {
        static CommitmentView of(StillNamedOn.Commitment c) {
            return new CommitmentView(c.kind().name(), c.id(), c.title(), c.date());
        }
    }

    public record ContactInput(Long agencyId, String firstName, String lastName, String rank, String unit,
            String phone, String mobile, String radioChannel, String email, String verifiedAt, String notes,
            String jointRole, String preferredMethod, Long version) {
        Contact toContact(jakarta.validation.Validator validator) {
            Inputs.Collector problems = new Inputs.Collector();
            Contact c = new Contact(null, firstName, lastName, rank, unit);
            c.setPhone(AgencyResource.blankToNull(phone));
            c.setMobile(AgencyResource.blankToNull(mobile));
            c.setRadioChannel(radioChannel);
            c.setEmail(AgencyResource.blankToNull(email));
            c.setVerifiedAt(problems.date(verifiedAt, "verifiedAt"));
            c.setNotes(notes);
            c.setJointRole(problems.enumValue(org.liaison.domain.agency.JointRole.class, jointRole, "jointRole", false));
            c.setPreferredMethod(problems.enumValue(org.liaison.domain.agency.ContactMethod.class, preferredMethod,
                    "preferredMethod", false));
            // the agency is set and checked by the service (it must be in the caller's scope)
            return problems.validated(c, validator, "agency");
        }
    }

    /** The day a contact left, and the version the caller read. */
    public record LeftInput(String leftOn, Long version) {
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Contacts in your scope", description = "Filter by agencyId and name; paged in the database."
            + " status=current (the default) lists those serving at their agency now, status=left those who left.")
    public ListResult<ContactView> list(@QueryParam("agencyId") Long agencyId, @QueryParam("name") String name,
            @QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("25") int limit) {
        boolean formerOnly = switch (status == null ? "current" : status) {
            case "current" -> false;
            case "left" -> true;
            default -> throw InvalidInput.of("status", "Use current or left.");
        };
        return ListResult.of(contacts.search(agencyId, name, formerOnly, PageRequest.of(offset, limit)),
                ContactView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Path("{id}")
    @Operation(summary = "One contact")
    public Response get(@PathParam("id") long id) {
        Contact contact = contacts.find(id);
        return Versions.tagged(Response.ok(ContactView.of(contact)), contact.getVersion()).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Operation(summary = "Add a contact to an agency (managers and above, within scope)")
    public Response create(ContactInput input) {
        ContactInput body = required(input);
        if (body.agencyId() == null) {
            throw InvalidInput.of("agencyId", "Choose the contact's agency.");
        }
        Contact created = contacts.create(body.toContact(validator), body.agencyId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ContactView.of(created)).build();
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @PUT
    @Path("{id}")
    @Operation(summary = "Change a contact", description = "Send the version you read; a stale one answers 409.")
    public ContactView update(@PathParam("id") long id, ContactInput input, @HeaderParam("If-Match") String ifMatch) {
        ContactInput body = required(input);
        Contact edited = body.toContact(validator);
        edited.setId(id);
        edited.setVersion(Versions.required(body.version(), ifMatch));
        return ContactView.of(contacts.update(edited, body.agencyId()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/verify")
    @Operation(summary = "Confirm the contact's details are current (verified today)")
    public ContactView verify(@PathParam("id") long id) {
        return ContactView.of(contacts.verify(id, LocalDate.now()));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @POST
    @Path("{id}/left")
    @Operation(summary = "Record that the contact left their agency",
            description = "Send leftOn (a date, not in the future; today when left out) and the version you read."
                    + " They stay on every record that names them, are released as a relationship's direct line,"
                    + " give up their places at exercises starting after today (the next on each waitlist moves up;"
                    + " undoing the departure does not give them back) and are no longer listed or offered. The answer"
                    + " is the contact with cancelledRegistrations and stillNamedOn: the open action items they own,"
                    + " the exercises not yet held they are a point of contact for and the planned meetings that expect"
                    + " them, as far as you may see them (up to " + ContactCommitments.SHOWN + " of each kind;"
                    + " stillNamedOnTotal counts them all). Moving them to another agency later lists them again.")
    public DepartureView left(@PathParam("id") long id, LeftInput input, @HeaderParam("If-Match") String ifMatch) {
        LeftInput body = input == null ? new LeftInput(null, null) : input;
        LocalDate today = LocalDate.now();
        LocalDate on = Inputs.dateOr(body.leftOn(), "leftOn", today);
        Contact.requirePossibleLeavingDay(on, today); // before the record is looked up: a bad day is a 400 first
        ContactService.Departure departure = contacts.markLeft(id, Versions.required(body.version(), ifMatch), on,
                today);
        return DepartureView.of(departure);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}/left")
    @Operation(summary = "Undo a departure recorded by mistake",
            description = "Send the version as ?version= or If-Match. They are listed again, on the affiliation the"
                    + " departure had ended; the direct lines they were released from and the exercise places they"
                    + " gave up stay as they are now (register them again if they still come).")
    public ContactView undoLeft(@PathParam("id") long id, @QueryParam("version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        return ContactView.of(contacts.undoLeaving(id, Versions.required(version, ifMatch)));
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_})
    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a contact", description = "Send the version as ?version= or If-Match.")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        contacts.delete(id, Versions.required(version, ifMatch));
        return Response.noContent().build();
    }

    private static ContactInput required(ContactInput input) {
        if (input == null) {
            throw InvalidInput.of("body", "A JSON body is required.");
        }
        return input;
    }
}
