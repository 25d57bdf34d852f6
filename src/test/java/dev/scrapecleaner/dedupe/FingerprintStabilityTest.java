package dev.scrapecleaner.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored: in reports, and as the keys of the duplicate index in S3. A change
 * to how they are computed would make every article seen before look new, so the values of one
 * text are pinned here. Change them only with a new {@link Fingerprints#SCHEME}.
 */
class FingerprintStabilityTest {
    private static final String TEXT = "The harbour council met on Tuesday – “again” – to discuss the plan; Ünïcode wörds, "
            + "42 numbers and 𝐁old letters count too.";

    @Test
    void aTextHasTheFingerprintsItHadInEarlierVersions() {
        Fingerprints f = Fingerprinter.of(TEXT);
        assertEquals("minhash64-shingle5-lsh16x4", Fingerprints.SCHEME);
        assertEquals("8454e16d6d90bcdb00e8b1f01a4976c75bcde8ffb2615d581ba6efcb492c122a", f.exact());
        assertEquals("062cbb45100a006001013909203fae0e0de96988181f25600a02271e1841fe0e02d87aad12e7668804c16daf1ba5e19c0f"
                + "ea22cb255ce6441832aa9c1cb51c6904b155231eed275e054a8bb306fcc00b0ca81e120524f11b08dfb8850818a87807b6ea71"
                + "01bd78660172d2b7121207880339e7f6011a9e950ef8fb3216dec0190e1ad267008a2ab5094143910cbbedb217e0378912dacc"
                + "932be86c2f4914d3bc0120716301cb6e7904b3901511f5ddcf0ca24a213eed7307071adeda08b933420d015a9b02d9aa0b0ffd"
                + "64ba0020955804ded77219bebc7f04f2fcda03ab75710f3c50b202cbda140162097b291efcd80bceff7000f0b1002a0a19a2118"
                + "d6b46", f.minhashHex());
        assertEquals("0/062cbb45,1/100a0060,2/01013909,3/203fae0e", String.join(",", f.nearKeys()));
    }
}
