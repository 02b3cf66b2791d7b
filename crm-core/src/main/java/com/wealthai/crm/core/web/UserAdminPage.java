package com.wealthai.crm.core.web;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.SalesRepDirectory.SalesRepRef;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.core.application.UserAdministration;
import com.wealthai.crm.core.application.UserAdministration.UserForm;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Ajax;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** User administration: the list of accounts and a dialog to create or edit one. */
@Named
@ViewScoped
public class UserAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    AccessScopes scopes;

    @Inject
    MessagesMap msg;

    private List<UserAccount> users;
    private Map<Long, SalesRepRef> repsById;

    // The dialog's form.
    private Long id;
    private long version;
    private String login;
    private String displayName;
    private List<Role> roles;
    private Long salesRepId;
    private String branch;
    private boolean enabled = true;
    private String password;

    // The password reset dialog.
    private Long resetUserId;
    private String newPassword;

    public List<UserAccount> getUsers() {
        if (users == null) {
            users = administration.all();
        }
        return users;
    }

    public List<SalesRepRef> getSalesReps() {
        return administration.salesReps();
    }

    public String repLabel(Long repId) {
        if (repId == null) {
            return "";
        }
        if (repsById == null) {
            repsById = getSalesReps().stream().collect(Collectors.toMap(SalesRepRef::id, Function.identity()));
        }
        SalesRepRef rep = repsById.get(repId);
        return rep == null ? "#" + repId : rep.repCode() + " " + rep.name();
    }

    public boolean locked(UserAccount user) {
        return user.isLocked(OffsetDateTime.now());
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public void startCreate() {
        id = null;
        version = 0;
        login = null;
        displayName = null;
        roles = List.of(Role.REP);
        salesRepId = null;
        branch = null;
        enabled = true;
        password = null;
    }

    public void startEdit(UserAccount user) {
        id = user.getId();
        version = user.getVersion();
        login = user.getLogin();
        displayName = user.getDisplayName();
        roles = List.copyOf(user.getRoles());
        salesRepId = user.getSalesRepId();
        branch = user.getBranch();
        enabled = user.isEnabled();
        password = null;
    }

    public void save() {
        UserForm form = new UserForm(id, version, login, displayName, roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                salesRepId, branch, enabled);
        try {
            if (id == null) {
                administration.create(form, password);
                Messages.addGlobalInfo(msg.format("core.users.created", login));
            } else {
                administration.update(form);
                Messages.addGlobalInfo(msg.format("core.users.saved", login));
            }
            users = null;
            PrimeFaces.current().executeScript("PF('userDialog').hide()");
            Ajax.update("users");
        } catch (InvalidInputException invalid) {
            showFieldErrors(invalid.errors(), "userForm");
        } catch (ConflictException | StaleVersionException refused) {
            Messages.addError("userForm", refused.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public void startReset(UserAccount user) {
        resetUserId = user.getId();
        login = user.getLogin();
        newPassword = null;
    }

    public void resetPassword() {
        try {
            administration.resetPassword(resetUserId, newPassword);
            Messages.addGlobalInfo(msg.format("core.users.passwordReset", login));
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
            users = null;
        } catch (InvalidInputException invalid) {
            showFieldErrors(invalid.errors(), "resetForm");
        }
        newPassword = null;
    }

    public void unlock(UserAccount user) {
        administration.unlock(user.getId());
        Messages.addGlobalInfo(msg.format("core.users.unlocked", user.getLogin()));
        users = null;
    }

    public void lock(UserAccount user) {
        try {
            administration.lock(user.getId(), scopes.current().login());
            Messages.addGlobalInfo(msg.format("core.users.locked", user.getLogin()));
        } catch (ConflictException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        users = null;
    }

    private void showFieldErrors(List<FieldError> errors, String form) {
        for (FieldError error : errors) {
            Messages.addError(form + ":" + error.field(), error.message());
        }
        PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
