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

    private List<Menu.Group> groups;
    private Menu.Link current;

    public List<Menu.Group> getGroups() {
        if (groups == null) {
            groups = Menu.forPerson(activeUser::is);
            FacesContext faces = FacesContext.getCurrentInstance();
            String viewId = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
            current = Menu.current(groups, viewId);
        }
        return groups;
    }

    public boolean isCurrent(Menu.Link link) {
        getGroups();
        return link != null && link.equals(current);
    }

    /** The text of a group's or link's key (MenuTest holds every key of the menu in the bundle). */
    public String label(String key) {
        return Texts.orElse(key, key);
    }

    public boolean isCurrentGroup(Menu.Group group) {
        getGroups();
        return group.contains(current);
    }
}
