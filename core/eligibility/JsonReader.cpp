#include "eligibility/JsonReader.h"

#include "domain/Dossier.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace ccas {

void JsonReader::error(const QString& path, const QString& message)
{
    if (path.isEmpty())
        m_errors << m_prefix + message;
    else
        m_errors << m_prefix + tr("%1: %2").arg(path, message);
}

QString JsonReader::key(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString& path, int i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

QString JsonReader::quoted(const QString& text)
{
    return QStringLiteral("«\u00a0%1\u00a0»").arg(text);
}

QString JsonReader::list(const QStringList& items)
{
    QStringList q;
    for (const QString& i : items)
        q << quoted(i);
    return q.join(QStringLiteral(", "));
}

std::optional<QJsonObject> JsonReader::document(const QByteArray& json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Line and column are easier to find in an editor than an offset.
        int line = 1;
        int column = 1;
        for (int i = 0; i < pe.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else if ((uchar(json[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        error(QString(), tr("invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(pe.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error(QString(), tr("the document must be a JSON object { … }"));
        return std::nullopt;
    }
    return doc.object();
}

void JsonReader::checkKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed)
{
    QStringList names;
    for (const char* a : allowed)
        names << QLatin1String(a);
    checkKeys(o, path, names);
}

void JsonReader::checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString k = it.key();
        if (k == QLatin1String("commentaire") || allowed.contains(k))
            continue;
        error(key(path, k), tr("unknown field (a typo?); fields allowed here: %1").arg(list(allowed)));
    }
}

bool JsonReader::require(const QJsonObject& o, const QString& path, const char* name)
{
    if (o.contains(QLatin1String(name)))
        return true;
    error(key(path, QLatin1String(name)), tr("missing field"));
    return false;
}

std::optional<QString> JsonReader::string(const QJsonValue& v, const QString& path)
{
    if (!v.isString()) {
        error(path, tr("a text is expected"));
        return std::nullopt;
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty()) {
        error(path, tr("the text must not be empty"));
        return std::nullopt;
    }
    return s;
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue& v, const QString& path)
{
    if (!v.isObject()) {
        error(path, tr("an object { … } is expected"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonValue& v, const QString& path, bool nonEmpty)
{
    if (!v.isArray()) {
        error(path, tr("a list [ … ] is expected"));
        return std::nullopt;
    }
    if (nonEmpty && v.toArray().isEmpty()) {
        error(path, tr("the list must not be empty"));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<bool> JsonReader::boolean(const QJsonValue& v, const QString& path)
{
    if (!v.isBool()) {
        error(path, tr("true or false is expected"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonReader::integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max)
{
    if (!v.isDouble()) {
        error(path, tr("a number is expected"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        error(path, tr("a whole number is expected"));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        error(path, tr("the number must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::scaled(const QJsonValue& v, const QString& path, qint64 scale, qint64 min, qint64 max)
{
    if (!v.isDouble()) {
        error(path, tr("a number is expected (decimal point: 10.5)"));
        return std::nullopt;
    }
    const double d = v.toDouble() * double(scale);
    if (!std::isfinite(d) || std::fabs(d) > 1e15) {
        error(path, tr("the number is out of range"));
        return std::nullopt;
    }
    const double r = std::round(d);
    if (std::fabs(d - r) > 1e-6) {
        if (scale == 4)
            error(path, tr("a number of quarters is expected (3, 2.5, 2.25, 2.75…)"));
        else
            error(path, tr("at most %1 decimals are allowed").arg(scale == 100 ? 2 : (scale == 10 ? 1 : 0)));
        return std::nullopt;
    }
    const qint64 n = qint64(r);
    if (n < min || n > max) {
        const auto show = [scale](qint64 x) {
            return scale == 1 ? QString::number(x) : QString::number(double(x) / double(scale), 'f', 2);
        };
        error(path, tr("the number must be between %1 and %2").arg(show(min), show(max)));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> JsonReader::cents(const QJsonValue& v, const QString& path, bool acceptText)
{
    if (acceptText && v.isString()) {
        QString text = v.toString();
        text.remove(QLatin1Char(' ')).remove(QChar(0x00a0)).remove(QChar(0x202f)); // "1 752,50"
        const auto parsed = DossierText::parseAmount(text);
        if (!parsed)
            error(path, tr("invalid amount %1 (expected euros with at most 2 decimals)").arg(quoted(v.toString())));
        return parsed;
    }
    return scaled(v, path, 100, 0, qint64(100'000'000'000));
}

std::optional<QDate> JsonReader::date(const QJsonValue& v, const QString& path)
{
    if (!v.isString()) {
        error(path, tr("a date YYYY-MM-DD is expected"));
        return std::nullopt;
    }
    const QString s = v.toString();
    const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
    if (s.size() != 10 || !d.isValid()) {
        error(path, tr("invalid date %1 (expected YYYY-MM-DD)").arg(quoted(s)));
        return std::nullopt;
    }
    return d;
}

std::optional<QString> JsonReader::oneOf(const QJsonValue& v, const QString& path, const QStringList& keys,
                                         const QString& unknown)
{
    if (!v.isString()) {
        error(path, tr("a text is expected; possible values: %1").arg(list(keys)));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (!keys.contains(s)) {
        error(path, unknown.arg(quoted(s)) + tr("; possible values: %1").arg(list(keys)));
        return std::nullopt;
    }
    return s;
}

std::optional<QStringList> JsonReader::stringList(const QJsonValue& v, const QString& path, const QStringList& keys,
                                                  const QString& unknown, bool nonEmpty)
{
    const auto a = array(v, path, nonEmpty);
    if (!a)
        return std::nullopt;
    QStringList out;
    bool ok = true;
    for (int i = 0; i < a->size(); ++i) {
        const QString p = index(path, i);
        std::optional<QString> s;
        if (keys.isEmpty())
            s = string(a->at(i), p);
        else
            s = oneOf(a->at(i), p, keys, unknown);
        if (!s) {
            ok = false;
            continue;
        }
        if (out.contains(*s)) {
            error(p, tr("%1 is listed twice").arg(quoted(*s)));
            ok = false;
            continue;
        }
        out << *s;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace ccas
