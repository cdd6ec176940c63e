#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ccas {

// What the front ends need to know of one aid of a règlement (the rules themselves stay inside the
// engine).
struct ReglementAidInfo
{
    QString code;              // "ALIM-URG"
    QString label;             // "Aide alimentaire d'urgence"
    QStringList natures;       // natures of request the aid answers (empty: any)
    QStringList justificatifs; // proofs required, as written by the CCAS
};

// A CCAS règlement: the versioned JSON document voted by the conseil d'administration and written by
// the CCAS administrator (format: docs/reglement.md). Immutable once loaded; cheap to copy.
class Reglement
{
    Q_DECLARE_TR_FUNCTIONS(ccas::Reglement)
public:
    struct Data; // the parsed rules (Reglement.cpp / Engine.cpp)

    // Validates the whole document. Errors: every problem found, in French, each naming the aid and
    // the field ("aide « ALIM » (aides[0]) › conditions.tous[1].seuil : nombre attendu").
    static Result<Reglement, QStringList> parse(const QByteArray& json);
    // Reads and parses a file; a missing or unreadable file is one clear error.
    static Result<Reglement, QStringList> load(const QString& path);

    QString ccas() const;  // "CCAS de Maisons-Laffitte"
    QString title() const; // "Règlement des aides facultatives"
    int version() const;   // the règlement's own version number (not the format's)
    QDate adoptedOn() const;
    QDate applicableFrom() const;
    QList<ReglementAidInfo> aids() const;

    const Data& data() const { return *m_d; }

private:
    explicit Reglement(std::shared_ptr<const Data> d);
    std::shared_ptr<const Data> m_d;
};

} // namespace ccas
