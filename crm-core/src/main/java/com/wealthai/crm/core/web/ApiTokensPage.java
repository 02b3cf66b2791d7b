package com.wealthai.crm.core.web;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.application.ApiTokens;
import com.wealthai.crm.core.domain.ApiToken;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.omnifaces.util.Messages;

/** The user's own API tokens: create one (shown once), see when each was last used, revoke. */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    AccessScopes scopes;

    @Inject
    MessagesMap msg;

    private String name;
    private Integer validDays = 90;
    private String createdSecret;
    private List<ApiToken> list;

    public List<ApiToken> getTokens() {
        if (list == null) {
            list = tokens.ofUser(scopes.current().userId());
        }
        return list;
    }

    public boolean usable(ApiToken token) {
        return token.isUsable(OffsetDateTime.now());
    }

    public void create() {
        try {
            createdSecret = tokens.create(scopes.current().userId(), name, validDays).secret();
            name = null;
            list = null;
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> Messages.addError("tokenForm:" + e.field(), e.message()));
        }
    }

    public void revoke(ApiToken token) {
        try {
            tokens.revoke(scopes.current().userId(), token.getId());
            Messages.addGlobalInfo(msg.format("core.tokens.revoked", token.getName()));
        } catch (RecordNotFoundException gone) {
            Messages.addGlobalError(gone.getMessage());
        }
        list = null;
    }

    public void dismissSecret() {
        createdSecret = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }

    public String getCreatedSecret() {
        return createdSecret;
    }
}
