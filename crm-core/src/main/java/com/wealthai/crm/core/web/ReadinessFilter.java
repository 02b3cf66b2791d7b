package com.wealthai.crm.core.web;

import com.wealthai.crm.core.application.MessageBundles;
import com.wealthai.crm.core.application.Readiness;
import com.wealthai.crm.core.rest.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * While the platform is not ready (the database is unreachable at start-up), every request but the
 * health check gets 503 with a clear message and a Retry-After, instead of a stack trace. The page
 * is plain HTML on purpose: nothing that needs the database can be used to draw it.
 */
public class ReadinessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Readiness readiness;

    @Inject
    MessageBundles messages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (readiness.isReady() || path.equals("/api/health") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setCharacterEncoding("UTF-8");
        var locale = messages.locale();
        String title = messages.get(locale, "core.unavailable.title");
        String detail = messages.get(locale, "core.unavailable.detail");
        if (path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(503, "unavailable", title, detail).toJson().toString());
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"10\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>WealthAI CRM</title><style>body{font-family:sans-serif;margin:4rem auto;max-width:36rem;color:#1e293b}"
                + "h1{font-size:1.4rem}</style></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>");
    }
}
