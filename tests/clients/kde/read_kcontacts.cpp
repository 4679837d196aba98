// read_kcontacts: what KDE's KContacts (KAddressBook) reads from a .vcf file.
//
// Usage: read_kcontacts FILE.vcf
// Prints one JSON object: {"client":"kcontacts","version":...,"status":...,
// "error":..., "cards":[...]}.  The file's bytes go to
// VCardConverter::parseVCards(), as KAddressBook's vCard import does.
//
// Written for the fiche2vcard client harness.
#include <KContacts/Addressee>
#include <KContacts/VCardConverter>
#include <kcontacts_version.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace KContacts;

static QJsonArray phoneTypes(PhoneNumber::Type t)
{
    static const struct {
        PhoneNumber::TypeFlag flag;
        const char *name;
    } names[] = {
        {PhoneNumber::Home, "home"},   {PhoneNumber::Work, "work"},   {PhoneNumber::Msg, "msg"},
        {PhoneNumber::Pref, "pref"},   {PhoneNumber::Voice, "voice"}, {PhoneNumber::Fax, "fax"},
        {PhoneNumber::Cell, "cell"},   {PhoneNumber::Video, "video"}, {PhoneNumber::Bbs, "bbs"},
        {PhoneNumber::Modem, "modem"}, {PhoneNumber::Car, "car"},     {PhoneNumber::Isdn, "isdn"},
        {PhoneNumber::Pcs, "pcs"},     {PhoneNumber::Pager, "pager"}, {PhoneNumber::Undefined, "undefined"},
    };
    QJsonArray out;
    for (const auto &n : names)
        if (t & n.flag)
            out.append(QString::fromLatin1(n.name));
    return out;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.vcf\n", argv[0]);
        return 2;
    }
    QFile f(QString::fromLocal8Bit(argv[1]));
    if (!f.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "cannot open %s\n", argv[1]);
        return 2;
    }
    const QByteArray data = f.readAll();
    VCardConverter conv;
    const Addressee::List list = conv.parseVCards(data);

    QJsonObject root;
    root[QStringLiteral("client")] = QStringLiteral("kcontacts");
    root[QStringLiteral("version")] = QStringLiteral(KContacts_VERSION_STRING);
    QJsonArray cards;
    for (const Addressee &a : list) {
        QJsonObject c;
        c[QStringLiteral("formatted_name")] = a.formattedName();
        c[QStringLiteral("real_name")] = a.realName();
        c[QStringLiteral("organization")] = a.organization();
        c[QStringLiteral("department")] = a.department();
        c[QStringLiteral("kind")] = a.kind();
        c[QStringLiteral("title")] = a.title();
        c[QStringLiteral("uid")] = a.uid();
        c[QStringLiteral("note")] = a.note();
        QJsonObject n;
        n[QStringLiteral("family")] = a.familyName();
        n[QStringLiteral("given")] = a.givenName();
        n[QStringLiteral("additional")] = a.additionalName();
        n[QStringLiteral("prefix")] = a.prefix();
        n[QStringLiteral("suffix")] = a.suffix();
        c[QStringLiteral("n")] = n;
        QJsonArray phones;
        for (const PhoneNumber &p : a.phoneNumbers()) {
            QJsonObject o;
            o[QStringLiteral("number")] = p.number();
            o[QStringLiteral("types")] = phoneTypes(p.type());
            o[QStringLiteral("type_label")] = p.typeLabel();
            phones.append(o);
        }
        c[QStringLiteral("phones")] = phones;
        QJsonArray emails;
        for (const Email &e : a.emailList())
            emails.append(e.mail());
        c[QStringLiteral("emails")] = emails;
        QJsonArray addrs;
        for (const Address &ad : a.addresses()) {
            QJsonObject o;
            o[QStringLiteral("type_label")] = ad.typeLabel();
            o[QStringLiteral("post_office_box")] = ad.postOfficeBox();
            o[QStringLiteral("extended")] = ad.extended();
            o[QStringLiteral("street")] = ad.street();
            o[QStringLiteral("locality")] = ad.locality();
            o[QStringLiteral("region")] = ad.region();
            o[QStringLiteral("postal_code")] = ad.postalCode();
            o[QStringLiteral("country")] = ad.country();
            o[QStringLiteral("label")] = ad.label();
            addrs.append(o);
        }
        c[QStringLiteral("addresses")] = addrs;
        QJsonArray customs;
        for (const QString &s : a.customs())
            customs.append(s);
        c[QStringLiteral("customs")] = customs;
        cards.append(c);
    }
    root[QStringLiteral("status")] = list.isEmpty() ? QStringLiteral("refused") : QStringLiteral("ok");
    root[QStringLiteral("error")] = list.isEmpty() ? QJsonValue(QStringLiteral("no card parsed")) : QJsonValue();
    root[QStringLiteral("cards")] = cards;
    const QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Compact);
    fwrite(out.constData(), 1, out.size(), stdout);
    fputc('\n', stdout);
    return 0;
}
