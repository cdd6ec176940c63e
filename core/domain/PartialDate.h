#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ccas {

// A date whose day or month may be unknown (the APIs send "2020-00-00"). 0 means unknown.
struct PartialDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    bool isEmpty() const { return year == 0; }
    bool isComplete() const { return year > 0 && month > 0 && day > 0; }
    QDate toDate() const { return isComplete() ? QDate(year, month, day) : QDate(); }
    // "AAAA-MM-JJ" with 00 for unknown parts; nullopt when the text is not of that shape or names
    // an impossible date (a known day and month that do not exist).
    static std::optional<PartialDate> parse(const QString& text);
    QString toIsoString() const;     // 1987-06-00
    QString toDisplayString() const; // 27/06/1987, 06/1987, 1987
    bool operator==(const PartialDate& o) const { return year == o.year && month == o.month && day == o.day; }
    bool operator!=(const PartialDate& o) const { return !(*this == o); }
};

} // namespace ccas
