package org.liaison.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredFileTest {

    private static final byte[] PDF = "%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01};

    @Test
    void theTypeComesFromTheBytesNotFromTheName() {
        assertEquals("application/pdf", accept("photo.jpg", PDF, StoredFile.DOCUMENTS).getContentType());
        assertEquals("image/png", accept("x.pdf", PNG, StoredFile.DOCUMENTS).getContentType());
        assertEquals("image/jpeg", accept("x", JPEG, StoredFile.IMAGES).getContentType());
    }

    @Test
    void aTypeTheOwnerDoesNotAcceptIsRefusedWithItsCode() {
        assertEquals("refused", assertThrows(DomainRuleViolation.class,
                () -> accept("a.pdf", PDF, StoredFile.IMAGES)).getMessageKey());
        assertEquals("refused", assertThrows(DomainRuleViolation.class,
                () -> accept("a.html", "<html>".getBytes(StandardCharsets.US_ASCII), StoredFile.DOCUMENTS))
                .getMessageKey());
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertEquals("document.empty", assertThrows(DomainRuleViolation.class,
                () -> accept("a.png", new byte[0], StoredFile.IMAGES)).getMessageKey());
        byte[] big = new byte[(int) StoredFile.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertEquals("document.tooLarge", assertThrows(DomainRuleViolation.class,
                () -> accept("a.png", big, StoredFile.IMAGES)).getMessageKey());
        byte[] limit = new byte[(int) StoredFile.MAX_BYTES];
        System.arraycopy(PNG, 0, limit, 0, PNG.length);
        assertEquals(StoredFile.MAX_BYTES, accept("a.png", limit, StoredFile.IMAGES).getSizeBytes());
    }

    @Test
    void theNameLosesItsPathAndHeaderBreakingCharactersAndTheHashIsTheContents() {
        StoredFile file = accept("C:\\x\\..\\night \"out\".png", PNG, StoredFile.IMAGES);
        assertEquals("night _out_.png", file.getFileName());
        assertEquals("photo", accept(null, PNG, StoredFile.IMAGES).getFileName());
        assertEquals(StoredFile.sha256(PNG), file.getSha256());
        assertEquals(64, file.getSha256().length());
        assertEquals("manager", file.getUploadedBy());
    }

    private static StoredFile accept(String name, byte[] content, Set<StoredFile.Type> accepted) {
        return StoredFile.accept(name, content, accepted, "photo", "refused", "Not accepted.", "manager",
                LocalDateTime.of(2026, 11, 27, 9, 0));
    }
}
