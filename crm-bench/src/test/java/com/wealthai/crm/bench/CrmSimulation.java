package com.wealthai.crm.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * 100 reps and managers working at once, each a different login, with a second of thinking between
 * two clicks: the target load of issue 8 (p95 under 100 ms, p99 under 300 ms, no errors).
 *
 * <pre>
 * mvn -pl crm-bench gatling:test -Dbench.url=http://localhost:8080/crm -Dbench.users=100 -Dbench.duration=300
 * </pre>
 */
public class CrmSimulation extends Simulation {

    private final int users = Integer.getInteger("bench.users", 100);
    private final int managers = Integer.getInteger("bench.managers", Math.max(1, users / 12));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("bench.duration", 300));
    private final Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.ramp", 60));
    private final Duration think = Duration.ofMillis(Integer.getInteger("bench.think.ms", 1000));

    private final ScenarioBuilder work = scenario("reps and managers, 1 s think time")
            .feed(listFeeder(BenchLogins.pick(users, managers)).queue())
            .exec(CrmRequests.LOGIN)
            .during(duration).on(exec(CrmRequests.click("all")).pause(think));

    {
        setUp(work.injectOpen(users <= 1 ? atOnceUsers(users) : rampUsers(users).during(ramp)))
                .protocols(CrmRequests.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }
}
