package com.wealthai.crm.core.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Login and password sent with an API request ({@code Authorization: Basic}), told apart from a page login for the audit trail. */
public class ApiPasswordCredential extends UsernamePasswordCredential {

    public ApiPasswordCredential(String login, String password) {
        super(login, new Password(password));
    }
}
