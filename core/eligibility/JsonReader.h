#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace ccas {

// Reads the JSON documents written by people (the règlement, the household file) and collects EVERY
// problem, each naming its JSON path ("aides[0].conditions.tous[1].seuil"). Values are read strictly
// (no silent conversion): a getter that fails records the error and returns nullopt.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ccas::JsonReader)
public:
    // The prefix starts every message from now on ("aid « ALIM » (aides[0]) › ").
    void setPrefix(const QString& prefix) { m_prefix = prefix; }
    void error(const QString& path, const QString& message);
    const QStringList& errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }

    static QString key(const QString& path, const QString& key); // "a.b"
    static QString index(const QString& path, int i);            // "a[3]"
    static QString quoted(const QString& text);                  // « text »
    static QString list(const QStringList& items);               // « a », « b »

    // Parses a whole document; an invalid JSON text or a non-object top level is one error.
    std::optional<QJsonObject> document(const QByteArray& json);

    // Every key of `o` must be in `allowed` ("commentaire" is always allowed); one error per unknown key.
    void checkKeys(const QJsonObject& o, const QString& path, std::initializer_list<const char*> allowed);
    void checkKeys(const QJsonObject& o, const QString& path, const QStringList& allowed);
    bool has(const QJsonObject& o, const char* name) const { return o.contains(QLatin1String(name)); }
    // Records "missing field" when absent.
    bool require(const QJsonObject& o, const QString& path, const char* name);

    std::optional<QString> string(const QJsonValue& v, const QString& path); // non-empty
    std::optional<QJsonObject> object(const QJsonValue& v, const QString& path);
    std::optional<QJsonArray> array(const QJsonValue& v, const QString& path, bool nonEmpty = false);
    std::optional<bool> boolean(const QJsonValue& v, const QString& path);
    std::optional<qint64> integer(const QJsonValue& v, const QString& path, qint64 min, qint64 max);
    // A number with at most `decimals` decimals, scaled: 2,35 with scale 100 → 235. `min` is scaled too.
    std::optional<qint64> scaled(const QJsonValue& v, const QString& path, qint64 scale, qint64 min, qint64 max);
    // Euros with at most 2 decimals → cents (>= 0). Strings such as "1 234,50" are accepted when
    // `acceptText` (the household file), never in the règlement.
    std::optional<qint64> cents(const QJsonValue& v, const QString& path, bool acceptText = false);
    std::optional<QDate> date(const QJsonValue& v, const QString& path);
    // One of `keys`; otherwise `unknown` (a translated pattern, %1 = the quoted value: "unknown resource
    // type %1") followed by the possible values.
    std::optional<QString> oneOf(const QJsonValue& v, const QString& path, const QStringList& keys,
                                 const QString& unknown);
    std::optional<QStringList> stringList(const QJsonValue& v, const QString& path, const QStringList& keys,
                                          const QString& unknown, bool nonEmpty);

private:
    QString m_prefix;
    QStringList m_errors;
};

} // namespace ccas
