package org.liaison.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnRecordTest {

    @Test
    void oneKindIsNamedAlone() {
        assertEquals("meetings", OnRecord.inWords(List.of("meetings")));
    }

    @Test
    void twoKindsAreJoinedWithAnd() {
        assertEquals("meetings and exercises", OnRecord.inWords(List.of("meetings", "exercises")));
    }

    @Test
    void longerListsUseCommasAndAFinalAnd() {
        assertEquals("engagements, meetings and action items",
                OnRecord.inWords(List.of("engagements", "meetings", "action items")));
    }
}
