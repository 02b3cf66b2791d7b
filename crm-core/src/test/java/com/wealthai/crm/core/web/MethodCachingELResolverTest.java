package com.wealthai.crm.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Method calls in expressions, with the resolver first in the chain as faces-config puts it. */
class MethodCachingELResolverTest {

    public record Line(String label, BigDecimal amount) {
    }

    public static class Formatter {
        public String yen(BigDecimal amount) {
            return "¥" + amount.toPlainString();
        }

        public String repeat(String text, int times) {
            return text.repeat(times);
        }

        public String pick(String text) {
            return "text " + text;
        }

        public String pick(Integer number) {
            return "number " + number;
        }

        public String fail() {
            throw new IllegalStateException("broken");
        }
    }

    private ELProcessor el;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new MethodCachingELResolver());
        el.defineBean("fmt", new Formatter());
        el.defineBean("line", new Line("国内株式", new BigDecimal("1200")));
    }

    private Object eval(String expression) {
        return el.eval(expression);
    }

    @Test
    void callsRecordAccessorsAndMethodsWithArgumentsTheSameOnEveryCall() {
        for (int i = 0; i < 3; i++) {
            assertThat(eval("line.label()")).isEqualTo("国内株式");
            assertThat(eval("fmt.yen(line.amount())")).isEqualTo("¥1200");
        }
    }

    @Test
    void resolvesAUniqueMethodItselfAndLeavesOverloadsAlone() {
        MethodCachingELResolver resolver = new MethodCachingELResolver();
        jakarta.el.ELContext context = el.getELManager().getELContext();
        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Formatter(), "repeat", null, new Object[] {"x", 2L})).isEqualTo("xx");
        assertThat(context.isPropertyResolved()).isTrue();

        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Formatter(), "pick", null, new Object[] {"x"})).isNull();
        assertThat(context.isPropertyResolved()).as("an overload is for BeanELResolver").isFalse();
    }

    @Test
    void coercesArgumentsAsElDoes() {
        assertThat(eval("fmt.repeat('ab', '3')")).isEqualTo("ababab");
        assertThat(eval("fmt.repeat(1, 2)")).isEqualTo("11");
        assertThat(eval("fmt.yen(5)")).isEqualTo("¥5");
    }

    @Test
    void overloadsAreLeftToTheStandardResolver() {
        assertThat(eval("fmt.pick('x')")).isEqualTo("text x");
    }

    @Test
    void anExceptionOfTheMethodReachesTheCaller() {
        assertThatThrownBy(() -> eval("fmt.fail()")).isInstanceOf(ELException.class)
                .rootCause().isInstanceOf(IllegalStateException.class).hasMessage("broken");
    }

    @Test
    void anUnknownMethodIsStillAnError() {
        assertThatThrownBy(() -> eval("fmt.nothing()")).isInstanceOf(ELException.class);
    }
}
