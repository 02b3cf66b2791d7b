package com.wealthai.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.CrmModule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {

    private record Module(String id, int order, Set<String> dependsOn) implements CrmModule {
        @Override
        public String version() {
            return "1";
        }
    }

    @Test
    void aModuleComesAfterWhatItNeedsEvenWhenItsOrderIsLower() {
        List<CrmModule> modules = List.of(
                new Module("notes", 10, Set.of("customers")),
                new Module("customers", 100, Set.of()),
                new Module("ai", 20, Set.of()));

        assertThat(DependencyOrder.of(modules)).extracting(CrmModule::id).containsExactly("customers", "notes", "ai");
    }

    @Test
    void modulesFreeToGoKeepTheirOrder() {
        List<CrmModule> modules = List.of(new Module("a", 1, Set.of()), new Module("b", 2, Set.of()), new Module("c", 3, Set.of()));

        assertThat(DependencyOrder.of(modules)).extracting(CrmModule::id).containsExactly("a", "b", "c");
    }

    @Test
    void aDependencyOnAnAbsentModuleDoesNotBlockTheOthers() {
        List<CrmModule> modules = List.of(new Module("plugin", 1, Set.of("missing")), new Module("b", 2, Set.of("plugin")));

        assertThat(DependencyOrder.of(modules)).extracting(CrmModule::id).containsExactly("plugin", "b");
    }

    @Test
    void aCycleIsReportedWithTheModulesInIt() {
        List<CrmModule> modules = List.of(new Module("a", 1, Set.of("b")), new Module("b", 2, Set.of("a")));

        assertThatThrownBy(() -> DependencyOrder.of(modules)).hasMessageContaining("cycle").hasMessageContaining("a").hasMessageContaining("b");
    }
}
