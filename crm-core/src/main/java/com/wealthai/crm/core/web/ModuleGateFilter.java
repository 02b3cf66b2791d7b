package com.wealthai.crm.core.web;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers 404 for the pages and static resources of a switched-off module, as if it were not
 * installed: its view prefix ({@code /holdings/…}) and Faces resources of its library
 * ({@code /jakarta.faces.resource/…?ln=holdings}). Its API is closed by
 * {@link com.wealthai.crm.core.rest.ModuleGateFeature}.
 */
public class ModuleGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitchboard switchboard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<CrmModule> owner = owner(request);
        if (owner.isPresent() && owner.get().switchable() && !switchboard.isEnabled(owner.get().id())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<CrmModule> owner(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/jakarta.faces.resource/")) {
            String library = request.getParameter("ln");
            return library == null ? Optional.empty() : registry.byId(library);
        }
        return registry.all().stream().filter(m -> path.startsWith(m.viewPrefix())).findFirst();
    }
}
