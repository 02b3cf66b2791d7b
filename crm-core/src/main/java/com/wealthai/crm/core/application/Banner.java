package com.wealthai.crm.core.application;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.config.CrmSettings.Key;
import java.util.logging.Logger;

/** The lines printed once the app is ready: where it is and, in demo mode, how to log in. */
final class Banner {

    private static final Logger LOG = Logger.getLogger(Banner.class.getName());

    private Banner() {
    }

    static void print(ModuleRegistry registry) {
        String url = CrmSettings.get(Key.CRM_URL, "http://localhost:8080/crm/");
        StringBuilder text = new StringBuilder()
                .append("\n==========================================================\n")
                .append("  WealthAI CRM is ready: ").append(url).append('\n');
        if (CrmSettings.demoMode()) {
            text.append("  Demo logins (password: ").append(UserAccounts.DEMO_PASSWORD).append("):\n")
                    .append("    admin      ADMIN\n")
                    .append("    manager    MANAGER of the first branch\n")
                    .append("    r001…r007  REP, one per sales rep (rep code in lower case)\n");
        }
        text.append("  Modules: ").append(String.join(", ", registry.all().stream().map(m -> m.id()).toList())).append('\n')
                .append("==========================================================");
        LOG.info(text.toString());
        System.out.println(text);
    }
}
