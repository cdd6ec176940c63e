#include "demo/StagingCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <exception>
#include <string>

namespace ccas {

namespace {

const QString kPrenoms = QStringLiteral("prenoms");
const QString kPrenomsQueryKey = QStringLiteral("prenoms[]");
const QString kPrenomsQueryKeyEncoded = QStringLiteral("prenoms%5B%5D");

QString folderName(Source source)
{
    return QStringLiteral("api_particulier_v3_cnav_") + Sources::jsonKey(source) + QStringLiteral("_with_civility");
}

Error fileError(const QString& relativePath, const QString& why)
{
    return Error{QCoreApplication::translate("ccas::StagingCatalog", "The demo case %1 cannot be read: %2")
                     .arg(relativePath, why),
                 QStringLiteral("staging case %1: %2").arg(relativePath, why)};
}

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The first non-empty line of a markdown description, without heading marks and emphasis.
QString firstLine(const QString& description)
{
    const QStringList lines = description.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        QString line = raw.trimmed();
        while (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char('>')))
            line = line.mid(1).trimmed();
        line.remove(QStringLiteral("**"));
        line.remove(QStringLiteral("__"));
        line.remove(QLatin1Char('`'));
        line = line.trimmed();
        if (!line.isEmpty())
            return line;
    }
    return {};
}

// A scalar's text ("1987", "08480", "07"); a null node is empty. Throws nothing: false when the
// node is not a scalar.
bool scalarText(const YAML::Node& node, QString* out)
{
    if (!node.IsDefined() || node.IsNull()) {
        *out = QString();
        return true;
    }
    if (!node.IsScalar())
        return false;
    *out = fromStd(node.Scalar());
    return true;
}

Result<StagingCase> parseCase(const QByteArray& bytes, Source source, const QString& folder, const QString& fileName)
{
    const QString where = folder + QLatin1Char('/') + fileName;
    StagingCase c;
    c.folder = folder;
    c.fileName = fileName;
    c.source = source;
    try {
        const YAML::Node root = YAML::Load(std::string(bytes.constData(), static_cast<size_t>(bytes.size())));
        if (!root.IsMap())
            return fileError(where, QStringLiteral("the document is not a YAML mapping"));

        QString text;
        if (const YAML::Node description = root["description"]; scalarText(description, &text))
            c.description = firstLine(text);

        const YAML::Node status = root["status"];
        if (!status.IsDefined() || status.IsNull())
            return fileError(where, QStringLiteral("no status"));
        if (!scalarText(status, &text))
            return fileError(where, QStringLiteral("the status is not a number"));
        bool ok = false;
        c.status = text.trimmed().toInt(&ok);
        if (!ok || c.status < 100 || c.status > 599)
            return fileError(where, QStringLiteral("the status is not an HTTP status"));

        const YAML::Node payload = root["payload"];
        if (!payload.IsDefined() || payload.IsNull() || !payload.IsScalar())
            return fileError(where, QStringLiteral("no payload"));
        c.payload = QByteArray::fromStdString(payload.Scalar());
        QJsonParseError jsonError{};
        QJsonDocument::fromJson(c.payload, &jsonError);
        if (jsonError.error != QJsonParseError::NoError)
            return fileError(where, QStringLiteral("the payload is not valid JSON (%1 at offset %2)")
                                        .arg(jsonError.errorString())
                                        .arg(jsonError.offset));

        const YAML::Node params = root["params"];
        if (params.IsDefined() && !params.IsNull()) {
            if (!params.IsMap())
                return fileError(where, QStringLiteral("params is not a mapping"));
            const QStringList known = StagingCatalog::knownParameters(source);
            for (auto it = params.begin(); it != params.end(); ++it) {
                QString key;
                if (!scalarText(it->first, &key) || key.isEmpty())
                    return fileError(where, QStringLiteral("a parameter has no name"));
                const YAML::Node value = it->second;
                if (key == kPrenoms) {
                    if (value.IsSequence()) {
                        for (const YAML::Node& item : value) {
                            if (!scalarText(item, &text))
                                return fileError(where, QStringLiteral("a first name is not text"));
                            c.prenoms << text;
                        }
                    } else if (scalarText(value, &text)) {
                        if (!text.isEmpty())
                            c.prenoms << text;
                    } else {
                        return fileError(where, QStringLiteral("prenoms is not a list"));
                    }
                    continue;
                }
                if (!scalarText(value, &text)) {
                    if (known.contains(key))
                        return fileError(where, QStringLiteral("the value of %1 is not a scalar").arg(key));
                    text.clear(); // an unknown key with a structured value: kept by name only
                }
                if (known.contains(key)) {
                    c.params.insert(key, text);
                } else {
                    c.ignoredParams << key;
                    c.ignoredValues.insert(key, text);
                }
            }
        }
    } catch (const YAML::Exception& e) {
        return fileError(where, QStringLiteral("invalid YAML (%1)").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception& e) {
        return fileError(where, QStringLiteral("unexpected error (%1)").arg(QString::fromUtf8(e.what())));
    }
    return c;
}

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    return std::all_of(s.cbegin(), s.cend(), [](QChar ch) { return ch >= QLatin1Char('0') && ch <= QLatin1Char('9'); });
}

QString withoutLeadingZeros(const QString& digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == QLatin1Char('0'))
        ++i;
    return digits.mid(i);
}

// Trimmed; numbers by value; otherwise NFC + Unicode case folding (accents stay significant).
bool sameValue(const QString& expected, const QString& actual)
{
    const QString a = expected.trimmed();
    const QString b = actual.trimmed();
    if (isDigits(a) && isDigits(b))
        return withoutLeadingZeros(a) == withoutLeadingZeros(b);
    return a.normalized(QString::NormalizationForm_C).toCaseFolded() ==
           b.normalized(QString::NormalizationForm_C).toCaseFolded();
}

// The request as the matcher sees it: fully decoded names and values, prenoms[] in order, and the
// first value of any other repeated parameter.
struct RequestView
{
    QMap<QString, QString> values;
    QStringList prenoms;
};

RequestView viewOf(const QUrlQuery& query)
{
    RequestView view;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        const QString& key = item.first;
        if (key == kPrenomsQueryKey || key.compare(kPrenomsQueryKeyEncoded, Qt::CaseInsensitive) == 0) {
            view.prenoms << item.second;
        } else if (!view.values.contains(key)) {
            view.values.insert(key, item.second);
        }
    }
    return view;
}

bool answers(const StagingCase& c, const RequestView& request)
{
    for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
        const auto found = request.values.constFind(it.key());
        if (found == request.values.cend() || !sameValue(it.value(), found.value()))
            return false;
    }
    if (!c.prenoms.isEmpty()) {
        if (c.prenoms.size() != request.prenoms.size())
            return false;
        for (qsizetype i = 0; i < c.prenoms.size(); ++i)
            if (!sameValue(c.prenoms.at(i), request.prenoms.at(i)))
                return false;
    }
    return true;
}

int specificity(const StagingCase& c)
{
    return static_cast<int>(c.params.size()) + (c.prenoms.isEmpty() ? 0 : 1);
}

} // namespace

QStringList StagingCatalog::knownParameters(Source source)
{
    QStringList names{QStringLiteral("nomNaissance"),
                      QStringLiteral("nomUsage"),
                      kPrenoms,
                      QStringLiteral("sexeEtatCivil"),
                      QStringLiteral("anneeDateNaissance"),
                      QStringLiteral("moisDateNaissance"),
                      QStringLiteral("jourDateNaissance"),
                      QStringLiteral("codeCogInseePaysNaissance"),
                      QStringLiteral("codeCogInseeCommuneNaissance"),
                      QStringLiteral("nomCommuneNaissance"),
                      QStringLiteral("codeCogInseeDepartementNaissance")};
    if (source == Source::QuotientFamilial)
        names << QStringLiteral("annee") << QStringLiteral("mois");
    return names;
}

Result<StagingCatalog> StagingCatalog::loadFromDirectory(const QString& directory)
{
    const QDir root(directory);
    if (!root.exists())
        return Error{QCoreApplication::translate("ccas::StagingCatalog", "The demo cases cannot be found."),
                     QStringLiteral("staging directory %1 does not exist").arg(directory)};

    StagingCatalog catalog;
    for (Source source : Sources::all()) {
        const QString folder = folderName(source);
        const QDir dir(root.filePath(folder));
        if (!dir.exists())
            return Error{QCoreApplication::translate("ccas::StagingCatalog", "The demo cases of %1 cannot be found.")
                             .arg(folder),
                         QStringLiteral("staging folder %1 missing under %2").arg(folder, directory)};
        QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                          QDir::Files | QDir::Readable, QDir::NoSort);
        std::sort(files.begin(), files.end());
        for (const QString& fileName : std::as_const(files)) {
            QFile file(dir.filePath(fileName));
            if (!file.open(QIODevice::ReadOnly))
                return fileError(folder + QLatin1Char('/') + fileName, file.errorString());
            auto parsed = parseCase(file.readAll(), source, folder, fileName);
            if (!parsed)
                return parsed.error();
            catalog.m_cases.append(std::move(parsed).value());
        }
    }
    return catalog;
}

Result<StagingCatalog> StagingCatalog::loadEmbedded()
{
    return loadFromDirectory(QStringLiteral(":/demo/staging"));
}

QList<StagingCase> StagingCatalog::casesFor(Source source) const
{
    QList<StagingCase> out;
    for (const StagingCase& c : m_cases)
        if (c.source == source)
            out.append(c);
    return out;
}

const StagingCase* StagingCatalog::match(Source source, const QUrlQuery& query) const
{
    const RequestView request = viewOf(query);
    const StagingCase* best = nullptr;
    int bestScore = -1;
    for (const StagingCase& c : m_cases) {
        if (c.source != source || !answers(c, request))
            continue;
        const int score = specificity(c);
        if (score > bestScore || (score == bestScore && c.fileName < best->fileName)) {
            best = &c;
            bestScore = score;
        }
    }
    return best;
}

} // namespace ccas
