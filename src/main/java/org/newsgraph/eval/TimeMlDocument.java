package org.newsgraph.eval;

import org.newsgraph.extract.time.TimeMention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One TimeML (.tml) file reduced to what the time scorer needs: the plain text of the {@code <TEXT>}
 * element (tags stripped, entities decoded), the creation date from {@code <DCT>}, and the gold TIMEX3
 * inside TEXT with offsets into that plain text (UTF-16, end exclusive).
 */
public record TimeMlDocument(String id, LocalDate creation, String text, List<TimeMention> gold) {

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public TimeMlDocument {
        gold = List.copyOf(gold);
    }

    /** Reads a .tml file; throws IOException when it lacks a DCT date or a TEXT element. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        int textStart = xml.indexOf("<TEXT>");
        int textEnd = xml.indexOf("</TEXT>");
        if (!dct.find() || textStart < 0 || textEnd < textStart) {
            throw new IOException("not a TimeML document with DCT and TEXT: " + file);
        }
        String name = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return parseText(name, LocalDate.parse(dct.group(1)), xml.substring(textStart + 6, textEnd));
    }

    private static TimeMlDocument parseText(String id, LocalDate creation, String inner) {
        StringBuilder text = new StringBuilder(inner.length());
        List<TimeMention> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(inner);
        int pos = 0;
        int openBegin = -1;
        String type = null;
        String value = null;
        while (tag.find()) {
            text.append(decode(inner.substring(pos, tag.start())));
            pos = tag.end();
            if (!tag.group(2).equals("TIMEX3")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                openBegin = text.length();
                type = attr(tag.group(3), "type");
                value = attr(tag.group(3), "value");
            } else if (openBegin >= 0) {
                gold.add(new TimeMention(openBegin, text.length(), text.substring(openBegin), type, value));
                openBegin = -1;
            }
        }
        text.append(decode(inner.substring(pos)));
        return new TimeMlDocument(id, creation, text.toString(), gold);
    }

    private static String attr(String attrs, String name) {
        Matcher m = ATTR.matcher(attrs);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return "";
    }

    private static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
