package org.liaison.domain.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class BulletinAttachmentTest {

    private final Bulletin bulletin = BulletinTest.draft(Tlp.AMBER, false);

    @Test
    void pdfPngAndJpegAreRecognisedByTheirBytes() {
        assertEquals("application/pdf", attach("%PDF-1.7 x".getBytes()).getContentType());
        assertEquals("image/png", attach(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                .getContentType());
        assertEquals("image/jpeg", attach(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01}).getContentType());
    }

    @Test
    void anyOtherFileIsRefusedAsAnUnsupportedType() {
        assertEquals("attachment.unsupportedType", assertThrows(DomainRuleViolation.class,
                () -> attach("<html>".getBytes())).getMessageKey());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedAsTooLarge() {
        byte[] big = new byte[(int) BulletinAttachment.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(), 0, big, 0, 5);
        assertEquals("document.tooLarge", assertThrows(DomainRuleViolation.class, () -> attach(big)).getMessageKey());
    }

    @Test
    void theFileNameLosesItsPath() {
        assertEquals("a_b.pdf", BulletinAttachment.safeName("C:\\x\\a:b.pdf"));
    }

    private BulletinAttachment attach(byte[] content) {
        return new BulletinAttachment(bulletin, "f", content, "manager", LocalDateTime.now());
    }
}
