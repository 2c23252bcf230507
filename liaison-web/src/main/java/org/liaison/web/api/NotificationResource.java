package org.liaison.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.liaison.domain.account.Role;
import org.liaison.domain.notification.Notification;
import org.liaison.notification.NotificationService;
import org.liaison.platform.PageRequest;

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Your in-app notifications")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    public record NotificationView(Long id, String text, String link, LocalDateTime createdAt, boolean unread) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getText(), n.getLink(), n.getCreatedAt(), n.isUnread());
        }
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @GET
    @Operation(summary = "Your notifications, newest first")
    public ListResult<NotificationView> list(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("25") int limit) {
        return ListResult.of(notifications.mine(PageRequest.of(offset, limit)), NotificationView::of);
    }

    @RolesAllowed({Role.ADMIN_, Role.DIRECTOR_, Role.MANAGER_, Role.OFFICER_, Role.PARTNER_, Role.AUDITOR_})
    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }
}
