package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.holdings.application.ProductCatalog;
import com.wealthai.crm.holdings.application.ProductInput;
import com.wealthai.crm.holdings.domain.Product;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The product master's upkeep for administrators: {@code GET /api/products/{code}} (with its version
 * as ETag), {@code POST /api/products} (201; 409 when the code is taken) and
 * {@code PUT /api/products/{code}} with {@code If-Match} (412 when someone saved in between, 428
 * without it). A PUT changes the fields it names and keeps the others, so that a client cannot
 * reactivate or reprice a product by leaving a field out. Bad fields answer 422, each by name.
 *
 * <p>Mounted at the root like {@link HoldingsResource}, whose {@code GET /api/products} lists the
 * master: a root resource at {@code products} would take that path from it.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ProductsResource {

    @Inject
    ProductCatalog catalog;

    @Inject
    CrmMessages messages;

    @Context
    UriInfo uri;

    @GET
    @Path("products/{code}")
    public Response one(@PathParam("code") String code) {
        Product product = catalog.find(code);
        return tagged(Response.ok(HoldingsJson.product(product).build()), product).build();
    }

    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonObject body) {
        Product added = catalog.add(input(body, null));
        return tagged(Response.created(uri.getAbsolutePathBuilder().path(added.getProductCode()).build())
                .entity(HoldingsJson.product(added).build()), added).build();
    }

    @PUT
    @Path("products/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        long expectedVersion = version(ifMatch);
        Product saved = catalog.update(code, expectedVersion, input(body, catalog.find(code)));
        return tagged(Response.ok(HoldingsJson.product(saved).build()), saved).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, Product product) {
        return response.tag(new EntityTag(String.valueOf(product.getVersion())));
    }

    /** The version the client read, from {@code If-Match: "3"}; required for any change. */
    private long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(428);
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", messages.get("holdings.product.api.etag"));
        }
    }

    /**
     * The body as input: a field left out keeps the product's current value, or when adding the
     * default of a new product (JPY, nothing to invest at least, no commission, unit 1, active).
     */
    private ProductInput input(JsonObject body, Product current) {
        Product base = current != null ? current : new Product(null, null, null, "JPY", 0, BigDecimal.ONE);
        Reader r = new Reader(body, base);
        ProductInput input = new ProductInput(current == null ? r.text("product_code", Product::getProductCode) : current.getProductCode(),
                r.text("name", Product::getName), r.text("category", Product::getCategory),
                r.text("currency", Product::getCurrency), r.text("issuer", Product::getIssuer),
                r.date("maturity_date", Product::getMaturityDate), r.number("interest_rate", Product::getInterestRate),
                r.integer("risk_level", Product::getRiskLevel), r.number("minimum_investment", Product::getMinimumInvestment),
                r.number("commission_rate", Product::getCommissionRate), r.number("price_unit", Product::getPriceUnit),
                r.bool("active", Product::isActive));
        if (!r.errors.isEmpty()) {
            throw new InvalidInputException(r.errors);
        }
        return input;
    }

    /** Reads fields of the body by type; a value of the wrong type is a 422 naming its field, not a bare 400. */
    private final class Reader {
        private final JsonObject body;
        private final Product base;
        final List<FieldError> errors = new ArrayList<>();

        Reader(JsonObject body, Product base) {
            this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
            this.base = base;
        }

        private <T> T kept(Function<Product, T> keep) {
            return keep.apply(base);
        }

        String text(String field, Function<Product, String> keep) {
            JsonValue v = body.get(field);
            if (v == null) {
                return kept(keep);
            }
            if (v == JsonValue.NULL) {
                return null;
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            errors.add(new FieldError(field, messages.get("holdings.api.error.text")));
            return null;
        }

        BigDecimal number(String field, Function<Product, BigDecimal> keep) {
            JsonValue v = body.get(field);
            if (v == null) {
                return kept(keep);
            }
            if (v == JsonValue.NULL) {
                return null;
            }
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (v instanceof JsonString s) {
                try {
                    return new BigDecimal(s.getString().trim());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            errors.add(new FieldError(field, messages.get("holdings.api.error.number")));
            return null;
        }

        Integer integer(String field, Function<Product, Integer> keep) {
            BigDecimal n = number(field, keep.andThen(i -> i == null ? null : BigDecimal.valueOf(i)));
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException notWhole) {
                return 0; // outside 1–5, so ProductRules names the field
            }
        }

        LocalDate date(String field, Function<Product, LocalDate> keep) {
            String text = text(field, keep.andThen(d -> d == null ? null : d.toString()));
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, messages.get("holdings.product.api.date")));
                return null;
            }
        }

        boolean bool(String field, Function<Product, Boolean> keep) {
            JsonValue v = body.get(field);
            if (v == null || v == JsonValue.NULL) {
                return kept(keep);
            }
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return v == JsonValue.TRUE;
            }
            errors.add(new FieldError(field, messages.get("holdings.product.api.boolean")));
            return false;
        }
    }
}
