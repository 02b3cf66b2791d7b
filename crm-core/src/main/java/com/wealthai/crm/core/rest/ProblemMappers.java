package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.core.application.DatabaseFailures;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API as {@code application/problem+json}, with a localised title and detail
 * ({@code Accept-Language}: ja or en). Unexpected errors are logged with an id the client sees,
 * and never leak a stack trace.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson()).build();
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(InvalidInputException e) {
            return respond(Problem.of(422, "invalid-input", messages.get("core.api.problem.invalid"), messages.get("core.api.problem.invalid.detail"))
                    .withErrors(e.errors()));
        }
    }

    @Provider
    public static class BeanValidation implements ExceptionMapper<ConstraintViolationException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldName(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field))
                    .toList();
            return respond(Problem.of(422, "invalid-input", messages.get("core.api.problem.invalid"), messages.get("core.api.problem.invalid.detail"))
                    .withErrors(errors));
        }

        /** The last node of the property path, in snake_case as the JSON names it. */
        private static String fieldName(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String last = path.substring(path.lastIndexOf('.') + 1);
            return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(RecordNotFoundException e) {
            return respond(Problem.of(404, "not-found", messages.get("core.api.problem.notFound"), e.getMessage()));
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(ConflictException e) {
            return respond(Problem.of(409, "conflict", messages.get("core.api.problem.conflict"), e.getMessage()));
        }
    }

    @Provider
    public static class Stale implements ExceptionMapper<StaleVersionException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(StaleVersionException e) {
            return respond(Problem.of(412, "stale-version", messages.get("core.api.problem.stale"), e.getMessage()));
        }
    }

    @Provider
    public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(OptimisticLockException e) {
            return respond(Problem.of(412, "stale-version", messages.get("core.api.problem.stale"), messages.get("core.error.stale")));
        }
    }

    /** A body that is not JSON, or JSON of the wrong shape. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(JsonbException e) {
            return respond(Problem.of(400, "malformed", messages.get("core.api.problem.malformed"), messages.get("core.api.problem.malformed.detail")));
        }
    }

    /** A JSON-P body that does not parse. */
    @Provider
    public static class MalformedJsonP implements ExceptionMapper<JsonException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(JsonException e) {
            return respond(Problem.of(400, "malformed", messages.get("core.api.problem.malformed"), messages.get("core.api.problem.malformed.detail")));
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(ProcessingException e) {
            return respond(Problem.of(400, "malformed", messages.get("core.api.problem.malformed"), messages.get("core.api.problem.malformed.detail")));
        }
    }

    /** JAX-RS's own errors (404 for an unknown path, 405, 415…) in the same shape. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || e.getCause() instanceof JsonbException) {
                return respond(Problem.of(400, "malformed", messages.get("core.api.problem.malformed"), messages.get("core.api.problem.malformed.detail")));
            }
            String kind = switch (status) {
                case 404 -> "not-found";
                case 405 -> "method-not-allowed";
                case 406 -> "not-acceptable";
                case 415 -> "unsupported-media-type";
                default -> "http-" + status;
            };
            String titleKey = "core.api.problem.http." + status;
            String title = messages.get(titleKey);
            if (title.startsWith("???")) {
                title = e.getResponse().getStatusInfo().getReasonPhrase();
            }
            return respond(Problem.of(status, kind, title, null));
        }
    }

    /** Anything else: 503 when the database is away, otherwise 500 with an id to quote to support. */
    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {
        @Inject
        CrmMessages messages;

        @Override
        public Response toResponse(RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                LOG.warning(() -> "API request failed: database unavailable (" + e.getClass().getSimpleName() + ")");
                return respond(Problem.of(503, "unavailable", messages.get("core.unavailable.title"), messages.get("core.unavailable.detail")));
            }
            String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "API request failed, incident " + incident, e);
            return respond(Problem.of(500, "internal", messages.get("core.api.problem.internal"), messages.get("core.api.problem.internal.detail", incident)));
        }
    }
}
