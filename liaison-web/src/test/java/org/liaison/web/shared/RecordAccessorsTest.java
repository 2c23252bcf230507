package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** What the record resolver answers, and what it leaves to EL's own resolvers. */
class RecordAccessorsTest {

    public record Row(String title, int days) {
        public String shouting() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public int days() {
            if (days < 0) {
                throw new IllegalStateException("negative days");
            }
            return days;
        }
    }

    /** A plain class with a method of the same name as a component: not a record, so not ours. */
    public static final class NotARecord {
        public String title() {
            return "plain";
        }
    }

    private final RecordAccessors resolver = new RecordAccessors();

    @Test
    void aComponentAccessorIsAnsweredAndMarkedResolved() {
        Context context = new Context();
        assertEquals("Board review", resolver.invoke(context, new Row("Board review", 3), "title", null, null));
        assertTrue(context.isPropertyResolved());

        Context again = new Context();
        assertEquals(3, resolver.invoke(again, new Row("x", 3), "days", new Class<?>[0], new Object[0]));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void otherMethodsArgumentsAndClassesAreLeftToElsResolvers() {
        Context context = new Context();
        assertNull(resolver.invoke(context, new Row("x", 1), "shouting", null, null), "not a component");
        assertNull(resolver.invoke(context, new Row("x", 1), "equals", null, new Object[] {"x"}), "with arguments");
        assertNull(resolver.invoke(context, new NotARecord(), "title", null, null), "not a record");
        assertNull(resolver.invoke(context, null, "title", null, null), "no base");
        assertNull(resolver.getValue(context, new Row("x", 1), "title"), "properties are not answered");
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void whatTheAccessorThrowsReachesThePageAsAnElException() {
        ELException thrown = assertThrows(ELException.class,
                () -> resolver.invoke(new Context(), new Row("x", -1), "days", null, null));
        assertEquals("negative days", thrown.getCause().getMessage());
    }

    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
