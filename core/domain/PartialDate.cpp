#include "domain/PartialDate.h"

#include <QRegularExpression>

namespace ccas {

std::optional<PartialDate> PartialDate::parse(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
    if (d.year == 0 || d.month > 12 || (d.month == 0 && d.day != 0))
        return std::nullopt;
    if (d.day != 0 && !QDate::isValid(d.year, d.month, d.day))
        return std::nullopt;
    return d;
}

QString PartialDate::toIsoString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

QString PartialDate::toDisplayString() const
{
    if (year == 0)
        return {};
    if (month == 0)
        return QString::number(year);
    if (day == 0)
        return QStringLiteral("%1/%2").arg(month, 2, 10, QLatin1Char('0')).arg(year);
    return QStringLiteral("%1/%2/%3").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(year);
}

} // namespace ccas
