package org.liaison.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.liaison.account.AccountService;
import org.liaison.platform.InvalidInput;
import org.liaison.web.shared.Feedback;
import org.liaison.web.shared.Texts;

/** account/password: everyone changes their own password. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Feedback.invalid(InvalidInput.of("confirmation", Texts.get("password.differ")), "password");
            return null;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            Feedback.savedAndRedirecting("password.changed");
            return "/index?faces-redirect=true";
        } catch (InvalidInput e) {
            Feedback.invalid(e, "password");
            return null;
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
