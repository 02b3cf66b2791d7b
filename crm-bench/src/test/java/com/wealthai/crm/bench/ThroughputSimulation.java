package com.wealthai.crm.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Closed loop without think time: a fixed number of logged-in users each sends its next request as
 * soon as the last one answered, so the server runs flat out; the requests per second it sustains
 * are its maximum throughput. {@code -Dbench.mix=pages} or {@code api} measures one kind alone.
 *
 * <pre>
 * mvn -pl crm-bench gatling:test -Dgatling.simulationClass=com.wealthai.crm.bench.ThroughputSimulation \
 *     -Dbench.users=16 -Dbench.duration=120 -Dbench.mix=pages
 * </pre>
 */
public class ThroughputSimulation extends Simulation {

    private final int users = Integer.getInteger("bench.users", 16);
    private final int managers = Integer.getInteger("bench.managers", Math.max(1, users / 12));
    private final Duration duration = Duration.ofSeconds(Integer.getInteger("bench.duration", 120));
    private final String mix = System.getProperty("bench.mix", "all");

    private final ScenarioBuilder flatOut = scenario("closed loop, no think time (" + mix + ")")
            .feed(listFeeder(BenchLogins.pick(users, managers)).queue())
            .exec(CrmRequests.LOGIN)
            .during(duration).on(CrmRequests.click(mix));

    {
        setUp(flatOut.injectOpen(atOnceUsers(users))).protocols(CrmRequests.protocol());
    }
}
