// read_kcal: what KDE's KCalendarCore (KOrganizer) reads from an .ics file.
//
// Usage: read_kcal FILE.ics FROM TO [VIEW_ZONE]
//   FROM, TO: ISO local date-times in VIEW_ZONE (default Europe/Paris), e.g.
//   2025-01-12T00:00:00 2025-01-21T00:00:00; may be given several times as
//   FROM TO FROM TO ... before the zone.
// Prints one JSON object: {"client":"kcalendarcore","version":...,
//   "status":"ok"|"refused","error":...,"components":[{"type":"event"|"todo"|
//   "journal","summary":...,"description":...,"recurring":bool,
//   "zone":...,"occurrences":[{"start":ISO,"end":ISO,"start_utc":...}]}]}
// The file is loaded with ICalFormat into a MemoryCalendar (as KOrganizer's
// import does); occurrences come from the incidence's Recurrence
// (timesInInterval) for each window, printed in the incidence's own zone.
//
// Written for the fiche2vcard client harness.
#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/Journal>
#include <KCalendarCore/MemoryCalendar>
#include <KCalendarCore/Recurrence>
#include <KCalendarCore/Todo>
#include <kcalendarcore_version.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cstdio>

using namespace KCalendarCore;

static QString iso(const QDateTime &dt)
{
    return dt.toString(Qt::ISODate);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        fprintf(stderr, "usage: %s FILE.ics FROM TO [FROM TO ...] [ZONE]\n", argv[0]);
        return 2;
    }
    const int nargs = argc - 2;
    QByteArray zoneName = "Europe/Paris";
    int npairs = nargs / 2;
    if (nargs % 2 == 1)
        zoneName = argv[argc - 1];
    const QTimeZone viewZone(zoneName);
    QList<QPair<QDateTime, QDateTime>> windows;
    for (int i = 0; i < npairs; i++) {
        QDateTime a = QDateTime::fromString(QString::fromLatin1(argv[2 + 2 * i]), Qt::ISODate);
        QDateTime b = QDateTime::fromString(QString::fromLatin1(argv[3 + 2 * i]), Qt::ISODate);
        a.setTimeZone(viewZone);
        b.setTimeZone(viewZone);
        windows.append(qMakePair(a, b));
    }

    MemoryCalendar::Ptr cal(new MemoryCalendar(viewZone));
    ICalFormat format;
    const bool ok = format.load(cal, QString::fromLocal8Bit(argv[1]));

    QJsonObject root;
    root[QStringLiteral("client")] = QStringLiteral("kcalendarcore");
    root[QStringLiteral("version")] = QStringLiteral(KCALENDARCORE_VERSION_STRING);
    QJsonArray comps;
    const Incidence::List incs = cal->incidences();
    for (const Incidence::Ptr &inc : incs) {
        QJsonObject o;
        QString type;
        switch (inc->type()) {
        case IncidenceBase::TypeEvent:
            type = QStringLiteral("event");
            break;
        case IncidenceBase::TypeTodo:
            type = QStringLiteral("todo");
            break;
        case IncidenceBase::TypeJournal:
            type = QStringLiteral("journal");
            break;
        default:
            type = QStringLiteral("other");
        }
        o[QStringLiteral("type")] = type;
        o[QStringLiteral("summary")] = inc->summary();
        o[QStringLiteral("description")] = inc->description();
        o[QStringLiteral("location")] = inc->location();
        o[QStringLiteral("uid")] = inc->uid();
        o[QStringLiteral("recurring")] = inc->recurs();
        const QDateTime start = inc->dtStart();
        o[QStringLiteral("dtstart")] = start.isValid() ? QJsonValue(iso(start)) : QJsonValue();
        o[QStringLiteral("all_day")] = inc->allDay();
        const QTimeZone own = start.isValid() ? start.timeZone() : viewZone;
        o[QStringLiteral("zone")] = QString::fromLatin1(own.id());
        qint64 durationSecs = 0;
        if (inc->type() == IncidenceBase::TypeEvent) {
            const Event::Ptr ev = inc.staticCast<Event>();
            if (ev->hasEndDate())
                durationSecs = start.secsTo(ev->dtEnd());
        }
        if (inc->type() == IncidenceBase::TypeTodo) {
            const Todo::Ptr td = inc.staticCast<Todo>();
            o[QStringLiteral("status")] = td->isCompleted() ? QStringLiteral("completed") : QStringLiteral("open");
        }
        QJsonArray occs;
        if (inc->type() == IncidenceBase::TypeEvent && start.isValid()) {
            for (const auto &w : windows) {
                QList<QDateTime> times;
                if (inc->recurs()) {
                    times = inc->recurrence()->timesInInterval(w.first, w.second);
                } else if (start >= w.first && start <= w.second) {
                    times.append(start);
                }
                for (const QDateTime &t : times) {
                    QJsonObject oc;
                    const QDateTime s = t.toTimeZone(own);
                    const QDateTime e = t.addSecs(durationSecs).toTimeZone(own);
                    oc[QStringLiteral("start")] = iso(s);
                    oc[QStringLiteral("end")] = iso(e);
                    oc[QStringLiteral("start_view")] = iso(t.toTimeZone(viewZone));
                    occs.append(oc);
                }
            }
        }
        o[QStringLiteral("occurrences")] = occs;
        comps.append(o);
    }
    root[QStringLiteral("status")] = ok ? QStringLiteral("ok") : QStringLiteral("refused");
    root[QStringLiteral("error")] = ok ? QJsonValue() : QJsonValue(QStringLiteral("ICalFormat::load failed"));
    root[QStringLiteral("components")] = comps;
    const QByteArray out = QJsonDocument(root).toJson(QJsonDocument::Compact);
    fwrite(out.constData(), 1, out.size(), stdout);
    fputc('\n', stdout);
    return 0;
}
