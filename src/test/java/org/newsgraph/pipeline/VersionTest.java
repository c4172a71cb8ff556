package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionTest {

    @TempDir
    Path dir;

    private Path jar(String name, long time, String triggers) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); JarOutputStream j = new JarOutputStream(out)) {
            for (String[] entry : new String[][] {{"org/newsgraph/A.class", "code"}, {"triggers.txt", triggers}}) {
                JarEntry e = new JarEntry(entry[0]);
                e.setTime(time);
                j.putNextEntry(e);
                j.write(entry[1].getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return p;
    }

    @Test
    void aRebuildOfTheSameContentHasTheSameFingerprint() throws Exception {
        assertEquals(Version.fingerprint(jar("a.jar", 1_000_000L, "ASSAULT shell")),
                Version.fingerprint(jar("b.jar", 9_000_000_000L, "ASSAULT shell")));
    }

    @Test
    void changedRulesChangeTheFingerprint() throws Exception {
        assertNotEquals(Version.fingerprint(jar("a.jar", 1_000_000L, "ASSAULT shell")),
                Version.fingerprint(jar("b.jar", 1_000_000L, "ASSAULT shell|bombard")));
    }

    @Test
    void runFromClassesTheBuildIsThePlainVersion() {
        assertEquals(Version.get(), Version.build()); // tests run from target/classes, not from the jar
    }
}
