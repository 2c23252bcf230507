package org.liaison.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.liaison.web.security.ActiveUser;
import org.liaison.web.shared.Texts;

/** The signed-in person's navigation for this request: their groups, and which link the page belongs to. */
@Named("navigation")
@RequestScoped
public class NavigationBacking {

    @Inject
    ActiveUser activeUser;

    /** The whole navigation's markup for this person and page (see {@link MenuHtml}). */
    public String getHtml() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        List<Menu.Group> groups = Menu.forPerson(activeUser::is);
        return MenuHtml.of(groups, Menu.current(groups, viewId), "/index.xhtml".equals(viewId),
                faces.getExternalContext().getRequestContextPath(), key -> Texts.orElse(key, key));
    }
}
