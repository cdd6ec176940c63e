#pragma once

// Private to the CLI: the parsed command line shared by CliApp.cpp and CliStore.cpp.
#include "api/ApiParticulierClient.h"
#include "api/ImpotParticulierConfig.h"
#include "cli/CliApp.h"

#include <QMap>
#include <QStringList>

namespace ccas {

struct CliApp::Options
{
    QString command;
    QStringList positional;
    QMap<QString, QStringList> values; // option name (without --) -> values in order
    QStringList flags;

    QString value(const QString& name) const { return values.value(name).value(0); }
    bool has(const QString& name) const { return values.contains(name) || flags.contains(name); }

    Identity identity;
    std::optional<YearMonth> period;
    QList<Source> sources;
    bool json = false;
    QString lang;
    ApiParticulierConfig config;
    bool gateway = false;
};

struct CliApp::ImpotSetup
{
    ImpotParticulierConfig config;
};

} // namespace ccas
