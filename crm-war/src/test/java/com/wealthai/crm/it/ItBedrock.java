package com.wealthai.crm.it;

import com.wealthai.crm.ai.fake.FakeBedrock;

/**
 * The one fake Bedrock of the integration-test JVM, on the port arquillian.xml gives the server
 * ({@code crm.it.bedrock.port}); started on first use, it lives as long as the JVM. Tests reset its
 * script before each test.
 */
final class ItBedrock {

    private static FakeBedrock fake;

    private ItBedrock() {
    }

    static synchronized FakeBedrock fake() {
        if (fake == null) {
            fake = FakeBedrock.start(Integer.getInteger("crm.it.bedrock.port", 18484));
        }
        return fake;
    }
}
