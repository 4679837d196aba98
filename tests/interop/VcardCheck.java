/*
 * Interoperability check: ez-vcard (the Java vCard library) reads a .vcf the program
 * wrote, validates every card against its own version, and prints one JSON line per
 * file: {"file", "cards": [reading], "parse_warnings": [str], "validation": [str]},
 * a reading being the one of tests/interop/common.py. Used by ezvcard.py.
 */
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.ValidationWarning;
import ezvcard.ValidationWarnings;
import ezvcard.io.ParseWarning;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class VcardCheck {
    private VcardCheck() {
    }

    private static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /* A component: "" when empty, the string when single, a list when many. */
    private static String comp(List<String> l) {
        if (l == null || l.isEmpty()) {
            return "\"\"";
        }
        if (l.size() == 1) {
            return str(l.get(0));
        }
        return strs(l);
    }

    private static String strs(List<String> l) {
        List<String> out = new ArrayList<>();
        for (String s : l) {
            out.add(str(s));
        }
        return "[" + String.join(", ", out) + "]";
    }

    private static String card(VCard v) {
        StringBuilder b = new StringBuilder("{");
        b.append("\"version\": ").append(str(v.getVersion().getVersion()));
        b.append(", \"fn\": ").append(str(v.getFormattedName() == null ? null
                                              : v.getFormattedName().getValue()));
        StructuredName n = v.getStructuredName();
        if (n == null) {
            b.append(", \"n\": null");
        } else {
            List<String> fam = new ArrayList<>();
            List<String> giv = new ArrayList<>();
            if (n.getFamily() != null) {
                fam.add(n.getFamily());
            }
            if (n.getGiven() != null) {
                giv.add(n.getGiven());
            }
            b.append(", \"n\": [").append(comp(fam)).append(", ").append(comp(giv))
                .append(", ").append(comp(n.getAdditionalNames())).append(", ")
                .append(comp(n.getPrefixes())).append(", ").append(comp(n.getSuffixes()))
                .append("]");
        }
        b.append(", \"org\": ").append(v.getOrganization() == null ? "null"
                                       : strs(v.getOrganization().getValues()));
        List<Title> titles = v.getTitles();
        b.append(", \"title\": ").append(str(titles.isEmpty() ? null
                                             : titles.get(0).getValue()));
        b.append(", \"kind\": ").append(str(v.getKind() == null ? null
                                            : v.getKind().getValue()));
        List<Note> notes = v.getNotes();
        b.append(", \"note\": ").append(str(notes.isEmpty() ? null : notes.get(0).getValue()));
        List<String> tels = new ArrayList<>();
        for (Telephone t : v.getTelephoneNumbers()) {
            List<String> types = new ArrayList<>();
            for (TelephoneType tt : t.getTypes()) {
                types.add(tt.getValue().toLowerCase());
            }
            String value = t.getText() != null ? t.getText()
                           : t.getUri() == null ? null : t.getUri().toString();
            tels.add("{\"value\": " + str(value) + ", \"types\": " + strs(types) + "}");
        }
        b.append(", \"tel\": [").append(String.join(", ", tels)).append("]");
        List<String> adrs = new ArrayList<>();
        for (Address a : v.getAddresses()) {
            List<String> types = new ArrayList<>();
            for (AddressType at : a.getTypes()) {
                types.add(at.getValue().toLowerCase());
            }
            adrs.add("{\"value\": [" + comp(a.getPoBoxes()) + ", "
                     + comp(a.getExtendedAddresses()) + ", " + comp(a.getStreetAddresses())
                     + ", " + comp(a.getLocalities()) + ", " + comp(a.getRegions()) + ", "
                     + comp(a.getPostalCodes()) + ", " + comp(a.getCountries())
                     + "], \"types\": " + strs(types) + "}");
        }
        b.append(", \"adr\": [").append(String.join(", ", adrs)).append("]");
        List<String> emails = new ArrayList<>();
        for (Email e : v.getEmails()) {
            emails.add(e.getValue());
        }
        b.append(", \"email\": ").append(strs(emails));
        List<String> urls = new ArrayList<>();
        for (Url u : v.getUrls()) {
            urls.add(u.getValue());
        }
        b.append(", \"url\": ").append(strs(urls));
        return b.append("}").toString();
    }

    /* One file: its JSON object on one line. */
    private static String check(String path) throws Exception {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<VCard> vcards = Ezvcard.parse(new File(path)).warnings(warnings).all();
        List<String> cards = new ArrayList<>();
        List<String> parseWarnings = new ArrayList<>();
        List<String> validation = new ArrayList<>();
        for (int i = 0; i < vcards.size(); i++) {
            VCard v = vcards.get(i);
            cards.add(card(v));
            if (i < warnings.size()) {
                for (ParseWarning w : warnings.get(i)) {
                    parseWarnings.add(str("card " + i + ": " + w.toString()));
                }
            }
            ValidationWarnings vw = v.validate(v.getVersion());
            for (Map.Entry<VCardProperty, List<ValidationWarning>> e : vw) {
                String prop = e.getKey() == null ? "card"
                              : e.getKey().getClass().getSimpleName();
                for (ValidationWarning w : e.getValue()) {
                    validation.add(str("card " + i + ": " + prop + ": " + w.toString()));
                }
            }
        }
        return "{\"file\": " + str(path) + ", \"cards\": [" + String.join(", ", cards)
            + "], \"parse_warnings\": [" + String.join(", ", parseWarnings)
            + "], \"validation\": [" + String.join(", ", validation) + "]}";
    }

    /* Each argument is a .vcf file; one JSON line per file on standard output. */
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String path : args) {
            out.append(check(path)).append('\n');
        }
        System.out.write(out.toString().getBytes("UTF-8"));
        System.out.flush();
    }
}
