package org.liaison.web.meeting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liaison.domain.shared.StoredFile;
import org.liaison.meeting.CommunityEventService;
import org.liaison.platform.RecordNotFound;

/**
 * A community event's photo for the event page's img tags (the API's needs HTTP Basic; a page has a session). The
 * service checks role and scope: a photo of an event the viewer may not see answers 404, as does a bad id.
 */
@WebServlet("/events/photo")
public class EventPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CommunityEventService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long event = id(request.getParameter("event"));
        Long photo = id(request.getParameter("photo"));
        if (event == null || photo == null || request.getUserPrincipal() == null) {
            response.sendError(404);
            return;
        }
        StoredFile file;
        try {
            file = events.photo(event, photo).getFile();
        } catch (RecordNotFound e) {
            response.sendError(404);
            return;
        }
        byte[] content = file.getContent();
        response.setContentType(file.getContentType());
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.getFileName() + "\"");
        response.getOutputStream().write(content);
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
