package no.innomotor.riskrelief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many decisions at the same moment against one budget: the ledger's conditional update lets exactly as many through
 * as the budget covers and refuses the rest, so committed never exceeds the budget. Runs on H2 in the default test
 * run and on PostgreSQL in the CI's PostgreSQL pass.
 */
@InnomotorTest
class RiskReliefLedgerConcurrencyTests {

    static final int THREADS = 30;
    static final long AMOUNT = 100_000;
    static final long BUDGET = 1_250_000; // covers 12 of the 30, with 50 000 left over

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefManagement riskRelief;

    @Autowired
    RiskReliefQueries queries;

    @Test
    void concurrentApprovalsNeverOverspendTheBudget() throws Exception {
        var actor = fixtures.actor("Samtidig aktør " + System.nanoTime());
        SchemeId scheme = fixtures.published(actor, "Samtidighetsordning", BUDGET);
        var jury = fixtures.jury("Samtidig jury " + System.nanoTime());
        List<ApplicationId> applications = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            var buyer = fixtures.buyer("Samtidig kommune " + i + " " + System.nanoTime());
            ApplicationId id = fixtures.submitted(
                    scheme, buyer.project(), buyer.org().buyer().user(), AMOUNT);
            fixtures.assessed(actor, id, jury);
            applications.add(id);
        }
        List<Long> versions = applications.stream()
                .map(id -> queries.application(id, actor.decider().user()).version())
                .toList();

        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ApplicationId id = applications.get(i);
            long version = versions.get(i);
            results.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    riskRelief.decide(
                            id,
                            RiskReliefFixtures.approval(AMOUNT, LocalDate.of(RiskReliefFixtures.YEAR, 6, 1)),
                            version,
                            actor.decider().user());
                    return true;
                } catch (RiskReliefExceptions.BudgetExceeded refused) {
                    return false;
                }
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        int approved = 0;
        for (Future<Boolean> result : results) {
            if (result.get(120, TimeUnit.SECONDS)) {
                approved++;
            }
        }
        pool.shutdown();

        var period = queries.ledger(scheme, actor.decider().user()).periods().get(0);
        assertThat(period.committed()).isLessThanOrEqualTo(BUDGET);
        assertThat(approved).isEqualTo((int) (BUDGET / AMOUNT));
        assertThat(period.committed()).isEqualTo(approved * AMOUNT);
        assertThat(period.remaining()).isEqualTo(BUDGET - approved * AMOUNT);
        long decided = applications.stream()
                .filter(id -> queries.application(id, actor.decider().user()).status() == ApplicationStatus.DECIDED)
                .count();
        assertThat(decided)
                .as("a refused approval leaves its application undecided")
                .isEqualTo(approved);
    }
}
