#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ql {

// An event where statements are made: a NATO summit, a forum, a conference, a ministers' meeting.
// A value the store persists and the analyst edits (Edit ▸ Events), like an office term.
struct CalendarEvent
{
    qint64 id = 0; // store row; 0 until stored
    QString name; // display name, e.g. "NATO Summit"
    // Phrases that name it in text, matched case-insensitively with any dash or space between words
    // ("NATO summit", "Vilnius Summit"). A phrase holding the place names this edition only.
    QStringList aliases;
    QString place; // city, e.g. "Vilnius"
    QDate start;
    QDate end; // last day, inclusive
    QString kind; // "summit", "forum", "conference", "ministerial", "meeting"
    // The series meets at the same place every time (Munich, NATO headquarters): the place then does
    // not tell one edition from another.
    bool fixedVenue = false;

    friend bool operator==(const CalendarEvent& a, const CalendarEvent& b)
    {
        return a.id == b.id && a.name == b.name && a.aliases == b.aliases && a.place == b.place
            && a.start == b.start && a.end == b.end && a.kind == b.kind && a.fixedVenue == b.fixedVenue;
    }
};

} // namespace ql
