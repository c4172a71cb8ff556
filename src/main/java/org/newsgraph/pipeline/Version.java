package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The program's version, from the jar manifest ("dev" when run from classes), and the build it was made by. */
public final class Version {

    private static volatile String build;

    private Version() {
    }

    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * The version with a fingerprint of the program's own jar ("0.1.0-SNAPSHOT+3f2a9c01b7de"), so that a graph records
     * which build made it and a new build (other rules, other tables) processes stored articles again even when the
     * version number stayed the same. "dev" alone when run from classes.
     */
    public static String build() {
        String b = build;
        if (b == null) {
            b = get();
            Path jar = ownJar();
            if (jar != null) {
                try {
                    b += "+" + fingerprint(jar).substring(0, 12);
                } catch (IOException e) {
                    // an unreadable jar leaves the plain version: articles are then skipped by input alone
                }
            }
            build = b;
        }
        return b;
    }

    /**
     * SHA-256 over the names and contents of a jar's entries in name order. Entry times are left out, so a rebuild of
     * the same sources gives the same fingerprint.
     */
    static String fingerprint(Path jar) throws IOException {
        MessageDigest d = sha256();
        try (JarFile f = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(f.stream().filter(e -> !e.isDirectory()).toList());
            entries.sort((x, y) -> x.getName().compareTo(y.getName()));
            byte[] buffer = new byte[65536];
            for (JarEntry e : entries) {
                d.update(e.getName().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                try (InputStream in = f.getInputStream(e)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        d.update(buffer, 0, n);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static Path ownJar() {
        try {
            var source = Version.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
