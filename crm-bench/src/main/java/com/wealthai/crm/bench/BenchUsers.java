package com.wealthai.crm.bench;

import com.wealthai.crm.core.application.PasswordHashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The logins of the load test: one per rep ({@code r001}…), one manager per branch ({@code m01}…)
 * and {@code bench-admin}, all with the password {@link #PASSWORD}, each with an API token.
 *
 * <p>The password is hashed once, with Jakarta Security's PBKDF2 at the app's own parameters (the
 * implementation Payara ships), and that hash is shared: hashing 220 passwords at 600,000 iterations
 * would cost more than the rest of a small run. Tokens are random, stored as the app stores them
 * (SHA-256 only), and written with the logins to a CSV file the Gatling simulation reads.
 */
final class BenchUsers implements TableWriter {

    static final String PASSWORD = "wealthai-bench";
    static final String ADMIN_LOGIN = "bench-admin";

    /** Customers per login listed in the users file, for the load test to open. */
    static final int SAMPLE_CUSTOMERS = 50;

    /** One line of the users file; {@code customers} are ids the login may see. */
    record BenchUser(String login, String role, Integer salesRepId, String branch, String token, List<Integer> customers) {
    }

    private final Path usersFile;
    private final List<BenchUser> written = new ArrayList<>();

    BenchUsers(Path usersFile) {
        this.usersFile = usersFile;
    }

    @Override
    public String[] tableNames() {
        return new String[] {"crm_user"};
    }

    @Override
    public long write(GenerationContext context, com.wealthai.crm.bench.copy.TableShape table) throws SQLException {
        BookLayout layout = context.layout();
        String hash = passwordHash();
        SecureRandom random = new SecureRandom();
        written.clear();
        for (int rep = 1; rep <= context.scale().reps(); rep++) {
            written.add(new BenchUser(layout.repLogin(rep), "REP", rep, layout.branchName(layout.branchOfRep(rep)), token(random),
                    customersOf(layout, List.of(rep))));
        }
        for (int branch = 1; branch <= context.scale().branches(); branch++) {
            int b = branch;
            List<Integer> reps = java.util.stream.IntStream.rangeClosed(1, context.scale().reps())
                    .filter(rep -> layout.branchOfRep(rep) == b).boxed().toList();
            written.add(new BenchUser(layout.managerLogin(branch), "MANAGER", null, layout.branchName(branch), token(random),
                    customersOf(layout, reps)));
        }
        written.add(new BenchUser(ADMIN_LOGIN, "ADMIN", null, null, token(random),
                customersOf(layout, java.util.stream.IntStream.rangeClosed(1, context.scale().reps()).boxed().toList())));

        var connection = context.connection();
        try (PreparedStatement user = connection.prepareStatement(
                     "insert into crm_user (login, display_name, password_hash, sales_rep_id, branch) values (?, ?, ?, ?, ?) returning id");
             PreparedStatement role = connection.prepareStatement("insert into crm_user_role (user_id, role) values (?, ?)");
             PreparedStatement token = connection.prepareStatement(
                     "insert into api_token (user_id, name, token_hash, token_prefix) values (?, 'benchmark', ?, ?)")) {
            for (BenchUser u : written) {
                user.setString(1, u.login());
                user.setString(2, displayName(u));
                user.setString(3, hash);
                user.setObject(4, u.salesRepId() == null ? null : (long) u.salesRepId(), java.sql.Types.BIGINT);
                user.setString(5, u.branch());
                long id;
                try (ResultSet keys = user.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                role.setLong(1, id);
                role.setString(2, u.role());
                role.addBatch();
                token.setLong(1, id);
                token.setString(2, sha256(u.token()));
                token.setString(3, u.token().substring(0, 10));
                token.addBatch();
            }
            role.executeBatch();
            token.executeBatch();
        }
        return written.size();
    }

    static boolean exist(java.sql.Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("select exists (select 1 from crm_user where login = ?)")) {
            query.setString(1, ADMIN_LOGIN);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** Removes the bench logins of an earlier run (their roles and tokens go with them). */
    static void deleteExisting(java.sql.Connection connection) throws SQLException {
        try (var delete = connection.prepareStatement(
                "delete from crm_user where login = ? or login ~ '^r[0-9]{3,}$' or login ~ '^m[0-9]{2,}$'")) {
            delete.setString(1, ADMIN_LOGIN);
            delete.executeUpdate();
        }
    }

    /** The first customers (by id) in the books of the given reps, round-robin over the reps. */
    private static List<Integer> customersOf(BookLayout layout, List<Integer> reps) {
        List<Integer> ids = new ArrayList<>();
        for (int k = 0; (long) k * layout.scale().reps() < layout.scale().customers() && ids.size() < SAMPLE_CUSTOMERS; k++) {
            for (int rep : reps) {
                int customer = rep + k * layout.scale().reps();
                if (ids.size() < SAMPLE_CUSTOMERS && customer <= layout.scale().customers()) {
                    ids.add(customer);
                }
            }
        }
        return ids;
    }

    /**
     * Writes {@code login,role,sales_rep_id,branch,token,customers} for the load test (customers:
     * ids the login may see, space-separated); the file is readable by its owner only.
     */
    void saveUsersFile() {
        StringBuilder csv = new StringBuilder("login,role,sales_rep_id,branch,token,customers\n");
        for (BenchUser u : written) {
            csv.append(u.login()).append(',').append(u.role()).append(',')
                    .append(u.salesRepId() == null ? "" : u.salesRepId()).append(',')
                    .append(u.branch() == null ? "" : u.branch()).append(',').append(u.token()).append(',')
                    .append(String.join(" ", u.customers().stream().map(String::valueOf).toList())).append('\n');
        }
        try {
            Files.createDirectories(usersFile.toAbsolutePath().getParent());
            Files.writeString(usersFile, csv, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(usersFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACLs apply.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + usersFile, e);
        }
    }

    List<BenchUser> users() {
        return List.copyOf(written);
    }

    private static String displayName(BenchUser u) {
        return switch (u.role()) {
            case "REP" -> "担当 " + u.login().toUpperCase(java.util.Locale.ROOT);
            case "MANAGER" -> u.branch() + " 支店長";
            default -> "ベンチマーク管理者";
        };
    }

    /** The app's password hash, at {@link PasswordHashing}'s parameters. */
    static String passwordHash() {
        Pbkdf2PasswordHashImpl pbkdf2 = new Pbkdf2PasswordHashImpl();
        pbkdf2.initialize(PasswordHashing.PARAMETERS);
        return pbkdf2.generate(PASSWORD.toCharArray());
    }

    /** A token in the app's format: {@code crm_} and 32 random bytes, base64url. */
    private static String token(SecureRandom random) {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
