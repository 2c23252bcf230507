package org.liaison.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.liaison.account.AccountService;
import org.liaison.domain.account.UserAccount;
import org.liaison.web.shared.PagedModel;

/** admin/users/index: every account, searched by user name or name. */
@Named
@ViewScoped
public class UserListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    private String search;
    private PagedModel<UserAccount> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> accounts.list(search, request), UserAccount::getId);
    }

    public void find() {
        PagedModel.showFirstPage("users:table");
    }

    public PagedModel<UserAccount> getModel() { return model; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
