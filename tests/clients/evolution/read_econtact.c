/* read_econtact: what Evolution's address book shows from a .vcf file.
 *
 * Usage: read_econtact FILE.vcf
 * Prints one JSON object on standard output:
 *   {"client":"evolution","version":"3.46.x","status":"ok"|"refused",
 *    "error":..., "cards":[{...}, ...]}
 *
 * It follows the steps of Evolution's vCard import (as documented by its
 * behaviour): the first line must start with BEGIN:VCARD (after a UTF-16
 * BOM is decoded, a non-UTF-8 file is converted from the locale charset),
 * carriage returns are removed, the text is cut into cards at
 * BEGIN:VCARD/END:VCARD, each card goes through e_contact_new_from_vcard(),
 * then the importer's fix-ups are applied (a TEL with only WORK/HOME gets
 * VOICE; an ADR/EMAIL without WORK/HOME gets OTHER) before the fields that
 * the contact display uses are read with e_contact_get().
 *
 * Written for the fiche2vcard client harness; no code from Evolution.
 */
#define _GNU_SOURCE
#include <libebook-contacts/libebook-contacts.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

static void
json_str (GString *out, const gchar *s)
{
	if (!s) {
		g_string_append (out, "null");
		return;
	}
	g_string_append_c (out, '"');
	for (const guchar *p = (const guchar *) s; *p; p++) {
		switch (*p) {
		case '"': g_string_append (out, "\\\""); break;
		case '\\': g_string_append (out, "\\\\"); break;
		case '\n': g_string_append (out, "\\n"); break;
		case '\r': g_string_append (out, "\\r"); break;
		case '\t': g_string_append (out, "\\t"); break;
		default:
			if (*p < 0x20)
				g_string_append_printf (out, "\\u%04x", *p);
			else
				g_string_append_c (out, *p);
		}
	}
	g_string_append_c (out, '"');
}

/* Strings handed to json_str() must be valid UTF-8; replace bad bytes. */
static gchar *
valid_utf8 (const gchar *s)
{
	if (!s)
		return NULL;
	return g_utf8_make_valid (s, -1);
}

static void
kv_str (GString *out, const gchar *key, const gchar *value, gboolean comma)
{
	gchar *v = valid_utf8 (value);
	if (comma)
		g_string_append_c (out, ',');
	json_str (out, key);
	g_string_append_c (out, ':');
	json_str (out, v);
	g_free (v);
}

static gboolean
param_has (EVCardAttribute *a, const gchar *value)
{
	for (GList *p = e_vcard_attribute_get_params (a); p; p = p->next) {
		EVCardAttributeParam *prm = p->data;
		if (g_ascii_strcasecmp (e_vcard_attribute_param_get_name (prm), EVC_TYPE))
			continue;
		for (GList *v = e_vcard_attribute_param_get_values (prm); v; v = v->next)
			if (!g_ascii_strcasecmp (v->data, value))
				return TRUE;
	}
	return FALSE;
}

/* The importer's fix-ups (behaviour of Evolution's vCard import). */
static void
import_fixups (EContact *contact)
{
	for (GList *l = e_vcard_get_attributes (E_VCARD (contact)); l; l = l->next) {
		EVCardAttribute *a = l->data;
		const gchar *name = e_vcard_attribute_get_name (a);
		if (!g_ascii_strcasecmp (name, EVC_TEL)) {
			gboolean work_home = FALSE, only_location = TRUE;
			for (GList *p = e_vcard_attribute_get_params (a); p; p = p->next) {
				EVCardAttributeParam *prm = p->data;
				if (g_ascii_strcasecmp (e_vcard_attribute_param_get_name (prm), EVC_TYPE))
					continue;
				for (GList *v = e_vcard_attribute_param_get_values (prm); v; v = v->next) {
					const gchar *t = v->data;
					if (!g_ascii_strcasecmp (t, "WORK") || !g_ascii_strcasecmp (t, "HOME"))
						work_home = TRUE;
					if (g_ascii_strcasecmp (t, "WORK") && g_ascii_strcasecmp (t, "HOME") &&
					    g_ascii_strcasecmp (t, "OTHER"))
						only_location = FALSE;
				}
			}
			if (work_home && only_location)
				e_vcard_attribute_add_param_with_value (
					a, e_vcard_attribute_param_new (EVC_TYPE), "VOICE");
		} else if (!g_ascii_strcasecmp (name, EVC_ADR) || !g_ascii_strcasecmp (name, EVC_EMAIL)) {
			if (!param_has (a, "WORK") && !param_has (a, "HOME"))
				e_vcard_attribute_add_param_with_value (
					a, e_vcard_attribute_param_new (EVC_TYPE), "OTHER");
		}
	}
}

static void
print_address (GString *out, const gchar *key, EContactAddress *ad, const gchar *label, gboolean comma)
{
	if (comma)
		g_string_append_c (out, ',');
	json_str (out, key);
	g_string_append (out, ":{");
	kv_str (out, "po", ad ? ad->po : NULL, FALSE);
	kv_str (out, "ext", ad ? ad->ext : NULL, TRUE);
	kv_str (out, "street", ad ? ad->street : NULL, TRUE);
	kv_str (out, "locality", ad ? ad->locality : NULL, TRUE);
	kv_str (out, "region", ad ? ad->region : NULL, TRUE);
	kv_str (out, "code", ad ? ad->code : NULL, TRUE);
	kv_str (out, "country", ad ? ad->country : NULL, TRUE);
	kv_str (out, "label", label, TRUE);
	g_string_append_c (out, '}');
}

static void
print_contact (GString *out, EContact *c)
{
	g_string_append_c (out, '{');
	kv_str (out, "full_name", e_contact_get_const (c, E_CONTACT_FULL_NAME), FALSE);
	kv_str (out, "file_as", e_contact_get_const (c, E_CONTACT_FILE_AS), TRUE);
	kv_str (out, "org", e_contact_get_const (c, E_CONTACT_ORG), TRUE);
	kv_str (out, "org_unit", e_contact_get_const (c, E_CONTACT_ORG_UNIT), TRUE);
	g_string_append_printf (out, ",\"is_list\":%s",
		GPOINTER_TO_INT (e_contact_get (c, E_CONTACT_IS_LIST)) ? "true" : "false");
	kv_str (out, "title", e_contact_get_const (c, E_CONTACT_TITLE), TRUE);
	kv_str (out, "uid", e_contact_get_const (c, E_CONTACT_UID), TRUE);
	kv_str (out, "note", e_contact_get_const (c, E_CONTACT_NOTE), TRUE);

	EContactName *n = e_contact_get (c, E_CONTACT_NAME);
	g_string_append (out, ",\"n\":{");
	kv_str (out, "family", n ? n->family : NULL, FALSE);
	kv_str (out, "given", n ? n->given : NULL, TRUE);
	kv_str (out, "additional", n ? n->additional : NULL, TRUE);
	kv_str (out, "prefixes", n ? n->prefixes : NULL, TRUE);
	kv_str (out, "suffixes", n ? n->suffixes : NULL, TRUE);
	g_string_append_c (out, '}');
	if (n)
		e_contact_name_free (n);

	/* Phone fields of the contact display, with their EContact names. */
	g_string_append (out, ",\"phones\":[");
	gboolean first = TRUE;
	for (gint f = E_CONTACT_FIRST_PHONE_ID; f <= E_CONTACT_LAST_PHONE_ID; f++) {
		const gchar *v = e_contact_get_const (c, f);
		if (!v)
			continue;
		if (!first)
			g_string_append_c (out, ',');
		first = FALSE;
		g_string_append_c (out, '{');
		kv_str (out, "field", e_contact_field_name (f), FALSE);
		kv_str (out, "number", v, TRUE);
		g_string_append_c (out, '}');
	}
	g_string_append_c (out, ']');

	/* Every TEL attribute, raw (for diagnosis). */
	g_string_append (out, ",\"tel_attrs\":[");
	first = TRUE;
	for (GList *l = e_vcard_get_attributes (E_VCARD (c)); l; l = l->next) {
		EVCardAttribute *a = l->data;
		if (g_ascii_strcasecmp (e_vcard_attribute_get_name (a), EVC_TEL))
			continue;
		if (!first)
			g_string_append_c (out, ',');
		first = FALSE;
		gchar *v = e_vcard_attribute_get_value (a);
		g_string_append_c (out, '{');
		kv_str (out, "group", e_vcard_attribute_get_group (a), FALSE);
		kv_str (out, "value", v, TRUE);
		g_free (v);
		g_string_append (out, ",\"types\":[");
		gboolean f2 = TRUE;
		for (GList *p = e_vcard_attribute_get_params (a); p; p = p->next) {
			EVCardAttributeParam *prm = p->data;
			if (g_ascii_strcasecmp (e_vcard_attribute_param_get_name (prm), EVC_TYPE))
				continue;
			for (GList *pv = e_vcard_attribute_param_get_values (prm); pv; pv = pv->next) {
				gchar *t = valid_utf8 (pv->data);
				if (!f2)
					g_string_append_c (out, ',');
				f2 = FALSE;
				json_str (out, t);
				g_free (t);
			}
		}
		g_string_append (out, "]}");
	}
	g_string_append_c (out, ']');

	g_string_append (out, ",\"emails\":[");
	GList *emails = e_contact_get (c, E_CONTACT_EMAIL);
	first = TRUE;
	for (GList *l = emails; l; l = l->next) {
		gchar *v = valid_utf8 (l->data);
		if (!first)
			g_string_append_c (out, ',');
		first = FALSE;
		json_str (out, v);
		g_free (v);
	}
	g_list_free_full (emails, g_free);
	g_string_append_c (out, ']');

	g_string_append (out, ",\"addresses\":{");
	static const struct { EContactField adr, label; const gchar *key; } kinds[] = {
		{ E_CONTACT_ADDRESS_WORK, E_CONTACT_ADDRESS_LABEL_WORK, "work" },
		{ E_CONTACT_ADDRESS_HOME, E_CONTACT_ADDRESS_LABEL_HOME, "home" },
		{ E_CONTACT_ADDRESS_OTHER, E_CONTACT_ADDRESS_LABEL_OTHER, "other" },
	};
	first = TRUE;
	for (gsize i = 0; i < G_N_ELEMENTS (kinds); i++) {
		EContactAddress *ad = e_contact_get (c, kinds[i].adr);
		const gchar *label = e_contact_get_const (c, kinds[i].label);
		if (!ad && !label)
			continue;
		print_address (out, kinds[i].key, ad, label, !first);
		first = FALSE;
		if (ad)
			e_contact_address_free (ad);
	}
	g_string_append_c (out, '}');

	/* X-EVOLUTION-*, KIND and X-ABShowAs, as stored (Evolution has no
	 * organisation flag of its own; these are what it keeps). */
	g_string_append (out, ",\"x_attrs\":{");
	first = TRUE;
	for (GList *l = e_vcard_get_attributes (E_VCARD (c)); l; l = l->next) {
		EVCardAttribute *a = l->data;
		const gchar *name = e_vcard_attribute_get_name (a);
		if (g_ascii_strncasecmp (name, "X-EVOLUTION-", 12) && g_ascii_strcasecmp (name, "KIND") &&
		    g_ascii_strcasecmp (name, "X-ABSHOWAS"))
			continue;
		gchar *v = e_vcard_attribute_get_value (a);
		gchar *up = g_ascii_strup (name, -1);
		kv_str (out, up, v, !first);
		first = FALSE;
		g_free (up);
		g_free (v);
	}
	g_string_append (out, "}}");
}

int
main (int argc, char **argv)
{
	setlocale (LC_ALL, "");
	if (argc != 2) {
		fprintf (stderr, "usage: %s FILE.vcf\n", argv[0]);
		return 2;
	}
	GString *out = g_string_new ("{\"client\":\"evolution\",\"version\":");
	{
		gchar *ver = g_strdup_printf ("%d.%d.%d", EDS_MAJOR_VERSION, EDS_MINOR_VERSION, EDS_MICRO_VERSION);
		json_str (out, ver);
		g_free (ver);
	}
	gchar *contents = NULL;
	gsize len = 0;
	GError *err = NULL;
	const gchar *refusal = NULL;
	if (!g_file_get_contents (argv[1], &contents, &len, &err)) {
		fprintf (stderr, "%s\n", err->message);
		return 2;
	}
	gchar *text = NULL;
	if (len >= 2 && ((guchar) contents[0] == 0xff && (guchar) contents[1] == 0xfe)) {
		text = g_convert (contents + 2, len - 2, "UTF-8", "UTF-16LE", NULL, NULL, NULL);
	} else if (len >= 2 && ((guchar) contents[0] == 0xfe && (guchar) contents[1] == 0xff)) {
		text = g_convert (contents + 2, len - 2, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
	} else {
		/* the first line decides, as in the importer */
		const gchar *nl = memchr (contents, '\n', len);
		gsize first_len = nl ? (gsize) (nl - contents) : len;
		if (g_utf8_validate (contents, first_len, NULL))
			text = g_strndup (contents, len);
		else
			text = g_locale_to_utf8 (contents, len, NULL, NULL, NULL);
	}
	if (!text)
		refusal = "cannot convert the file to UTF-8";
	else if (g_ascii_strncasecmp (text, "BEGIN:VCARD", 11))
		refusal = "first line is not BEGIN:VCARD (importer does not accept the file)";

	GString *cards = g_string_new ("[");
	gint ncards = 0;
	if (!refusal) {
		/* READ_ECONTACT_KEEP_CR=1 skips the importer's removal of CR
		 * (diagnosis only: e_contact_new_from_vcard on the raw text). */
		gboolean keep_cr = g_getenv ("READ_ECONTACT_KEEP_CR") != NULL;
		GString *s = g_string_new (NULL);
		for (const gchar *p = text; *p; p++)
			if (*p != '\r' || keep_cr)
				g_string_append_c (s, *p);
		gchar *body = s->str;
		gchar *p = body;
		while ((p = strcasestr (p, "BEGIN:VCARD")) != NULL) {
			/* find the END:VCARD followed by end of text or BEGIN:VCARD */
			gchar *q = p, *end = NULL;
			while ((q = strcasestr (q, "END:VCARD")) != NULL) {
				q += 9;
				gchar *t = q + strspn (q, "\r\n\t ");
				if (!*t || !g_ascii_strncasecmp (t, "BEGIN:VCARD", 11)) {
					end = q;
					break;
				}
			}
			if (!end)
				break;
			gchar *card = g_strndup (p, end - p);
			EContact *c = e_contact_new_from_vcard (card);
			g_free (card);
			if (c) {
				import_fixups (c);
				if (ncards)
					g_string_append_c (cards, ',');
				print_contact (cards, c);
				ncards++;
				g_object_unref (c);
			}
			p = end;
		}
		g_string_free (s, TRUE);
		if (!ncards)
			refusal = "no card found";
	}
	g_string_append_c (cards, ']');
	g_string_append (out, ",\"status\":");
	json_str (out, refusal ? "refused" : "ok");
	g_string_append (out, ",\"error\":");
	json_str (out, refusal);
	g_string_append (out, ",\"cards\":");
	g_string_append (out, cards->str);
	g_string_append (out, "}\n");
	fputs (out->str, stdout);
	g_string_free (cards, TRUE);
	g_string_free (out, TRUE);
	g_free (text);
	g_free (contents);
	return 0;
}
