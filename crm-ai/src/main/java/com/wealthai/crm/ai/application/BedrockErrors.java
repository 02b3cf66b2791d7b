package com.wealthai.crm.ai.application;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.bedrockruntime.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/** Sorts the SDK's exceptions into the few kinds of failure a user can act on. */
public final class BedrockErrors {

    private BedrockErrors() {
    }

    public static AiFailure classify(SdkException e) {
        return new AiFailure(kindOf(e), e.getMessage(), e);
    }

    static AiFailure.Kind kindOf(SdkException e) {
        if (e instanceof ThrottlingException || e instanceof SdkServiceException s && s.isThrottlingException()) {
            return AiFailure.Kind.THROTTLED;
        }
        if (e instanceof AccessDeniedException || e instanceof SdkServiceException s && (s.statusCode() == 401 || s.statusCode() == 403)) {
            return AiFailure.Kind.ACCESS_DENIED;
        }
        if (e instanceof ResourceNotFoundException || e instanceof SdkServiceException s && s.statusCode() == 404) {
            return AiFailure.Kind.MODEL_NOT_FOUND;
        }
        if (e instanceof ModelTimeoutException || e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException
                || causedBy(e, SocketTimeoutException.class)) {
            return AiFailure.Kind.TIMEOUT;
        }
        if (e instanceof ValidationException) {
            return AiFailure.Kind.INVALID_REQUEST;
        }
        if (e instanceof SdkClientException && (causedBy(e, UncheckedIOException.class) || String.valueOf(e.getMessage()).contains("nmarshall"))) {
            return AiFailure.Kind.MALFORMED_RESPONSE;
        }
        return AiFailure.Kind.UNAVAILABLE;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
