package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.DemoDataLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Runs each module's demo data loader once per database, in dependency order, each in its own
 * transaction, remembering in {@code demo_data_load} which have run.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    ModuleRegistry registry;

    @Inject
    @Any
    Instance<DemoDataLoader> loaders;

    @Inject
    DemoData self;

    void loadMissing() {
        for (CrmModule module : registry.inDependencyOrder()) {
            for (DemoDataLoader loader : loaders) {
                if (loader.moduleId().equals(module.id())) {
                    self.loadOnce(loader);
                }
            }
        }
    }

    @Transactional
    public void loadOnce(DemoDataLoader loader) {
        boolean done = !em.createNativeQuery("select 1 from demo_data_load where module_id = ?")
                .setParameter(1, loader.moduleId()).getResultList().isEmpty();
        if (done) {
            return;
        }
        long started = System.nanoTime();
        loader.load();
        em.createNativeQuery("insert into demo_data_load (module_id) values (?)")
                .setParameter(1, loader.moduleId()).executeUpdate();
        LOG.info(() -> String.format("Demo data of module '%s' loaded in %d ms", loader.moduleId(), (System.nanoTime() - started) / 1_000_000));
    }
}
